<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CommandLine</name>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Option %1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown language "%1"; use id or en.</source>
        <translation>Unknown language "%1"; use id or en.</translation>
    </message>
    <message>
        <source>Unknown option "%1". See --help.</source>
        <translation>Unknown option "%1". See --help.</translation>
    </message>
    <message>
        <source>Start the embedded demo site: nine live synthetic cameras, no hardware needed.</source>
        <translation>Start the embedded demo site: nine live synthetic cameras, no hardware needed.</translation>
    </message>
    <message>
        <source>Open the saved video wall full screen on every screen (for the wall PC).</source>
        <translation>Open the saved video wall full screen on every screen (for the wall PC).</translation>
    </message>
    <message>
        <source>Use FILE as the site file instead of the default one.</source>
        <translation>Use FILE as the site file instead of the default one.</translation>
    </message>
    <message>
        <source>Interface language: id (Indonesian) or en (English).</source>
        <translation>Interface language: id (Indonesian) or en (English).</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Print the version and exit.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>Usage: %1 [options]</translation>
    </message>
    <message>
        <source>Pantau — video wall for CCTV command centres.</source>
        <translation>Pantau — video wall for CCTV command centres.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
</context>
<context>
    <name>DemoSite</name>
    <message>
        <source>Demo site — Musi Banyuasin</source>
        <translation>Demo site — Musi Banyuasin</translation>
    </message>
    <message>
        <source>Overview 3x3</source>
        <translation>Overview 3x3</translation>
    </message>
    <message>
        <source>Central Sekayu 2x2</source>
        <translation>Central Sekayu 2x2</translation>
    </message>
    <message>
        <source>Crossroads 1+5</source>
        <translation>Crossroads 1+5</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>The grid must have 1 to %1 rows and columns.</source>
        <translation>The grid must have 1 to %1 rows and columns.</translation>
    </message>
    <message>
        <source>A tile lies outside the grid.</source>
        <translation>A tile lies outside the grid.</translation>
    </message>
    <message>
        <source>Two tiles overlap at row %1, column %2.</source>
        <translation>Two tiles overlap at row %1, column %2.</translation>
    </message>
    <message>
        <source>Some cells are not covered by any tile.</source>
        <translation>Some cells are not covered by any tile.</translation>
    </message>
</context>
<context>
    <name>SiteFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB) to be a site file.</source>
        <translation>%1 is too large (%2 MB) to be a site file.</translation>
    </message>
    <message>
        <source>The file is damaged (%1 at byte %2).</source>
        <translation>The file is damaged (%1 at byte %2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Another Pantau is saving %1; try again.</source>
        <translation>Another Pantau is saving %1; try again.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>Field "%1" must be text.</source>
        <translation>Field "%1" must be text.</translation>
    </message>
    <message>
        <source>Field "%1" must be a whole number.</source>
        <translation>Field "%1" must be a whole number.</translation>
    </message>
    <message>
        <source>Field "%1" must be a list of text.</source>
        <translation>Field "%1" must be a list of text.</translation>
    </message>
    <message>
        <source>A camera entry is not an object.</source>
        <translation>A camera entry is not an object.</translation>
    </message>
    <message>
        <source>A camera has an empty id.</source>
        <translation>A camera has an empty id.</translation>
    </message>
    <message>
        <source>Field "%1" must be true or false.</source>
        <translation>Field "%1" must be true or false.</translation>
    </message>
    <message>
        <source>Camera "%1" has an invalid stream address.</source>
        <translation>Camera "%1" has an invalid stream address.</translation>
    </message>
    <message>
        <source>A layout entry is not an object.</source>
        <translation>A layout entry is not an object.</translation>
    </message>
    <message>
        <source>Field "%1" must be a list.</source>
        <translation>Field "%1" must be a list.</translation>
    </message>
    <message>
        <source>Layout "%1": the grid must have 1 to %2 rows and columns.</source>
        <translation>Layout "%1": the grid must have 1 to %2 rows and columns.</translation>
    </message>
    <message>
        <source>Layout "%1" has a tile that is not an object.</source>
        <translation>Layout "%1" has a tile that is not an object.</translation>
    </message>
    <message>
        <source>Layout "%1": %2</source>
        <translation>Layout "%1": %2</translation>
    </message>
    <message>
        <source>This is not a Pantau site file.</source>
        <translation>This is not a Pantau site file.</translation>
    </message>
    <message>
        <source>The site file has format version %1; this Pantau reads up to version %2.</source>
        <translation>The site file has format version %1; this Pantau reads up to version %2.</translation>
    </message>
    <message>
        <source>Two cameras share the id "%1".</source>
        <translation>Two cameras share the id "%1".</translation>
    </message>
    <message>
        <source>A wall entry is not an object.</source>
        <translation>A wall entry is not an object.</translation>
    </message>
</context>
<context>
    <name>StreamStatus</name>
    <message>
        <source>retrying in %1 s</source>
        <translation>retrying in %1 s</translation>
    </message>
    <message>
        <source>No stream</source>
        <translation>No stream</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <source>Authentication failed (check the username and password)</source>
        <translation>Authentication failed (check the username and password)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>pantau::Application</name>
    <message>
        <source>Welcome to Pantau</source>
        <translation>Welcome to Pantau</translation>
    </message>
    <message>
        <source>No site is configured yet.</source>
        <translation>No site is configured yet.</translation>
    </message>
    <message>
        <source>Start with the demo site (nine live synthetic cameras in Musi Banyuasin, no hardware needed), or with an empty site to add your own cameras?</source>
        <translation>Start with the demo site (nine live synthetic cameras in Musi Banyuasin, no hardware needed), or with an empty site to add your own cameras?</translation>
    </message>
    <message>
        <source>Start the demo site</source>
        <translation>Start the demo site</translation>
    </message>
    <message>
        <source>Start an empty site</source>
        <translation>Start an empty site</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Pantau</source>
        <translation>Pantau</translation>
    </message>
    <message>
        <source>The demo site could not start: %1</source>
        <translation>The demo site could not start: %1</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>The damaged file was kept as %1.</translation>
    </message>
    <message>
        <source>Pantau is using the last good copy of the site.</source>
        <translation>Pantau is using the last good copy of the site.</translation>
    </message>
    <message>
        <source>No good copy was found; Pantau started with an empty site.</source>
        <translation>No good copy was found; Pantau started with an empty site.</translation>
    </message>
    <message>
        <source>The site file could not be read</source>
        <translation>The site file could not be read</translation>
    </message>
    <message>
        <source>Layout 1 (2x2)</source>
        <translation>Layout 1 (2x2)</translation>
    </message>
</context>
<context>
    <name>pantau::CameraTreeModel</name>
    <message>
        <source>No area</source>
        <translation>No area</translation>
    </message>
</context>
<context>
    <name>pantau::ConsoleWindow</name>
    <message>
        <source>Could not save the site: %1</source>
        <translation>Could not save the site: %1</translation>
    </message>
    <message>
        <source>About Pantau</source>
        <translation>About Pantau</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pantau %1&lt;/b&gt;&lt;br&gt;Video wall for CCTV command centres.&lt;br&gt;Licensed under the Apache License 2.0.</source>
        <translation>&lt;b&gt;Pantau %1&lt;/b&gt;&lt;br&gt;Video wall for CCTV command centres.&lt;br&gt;Licensed under the Apache License 2.0.</translation>
    </message>
    <message>
        <source>Screen %1 (%2)</source>
        <translation>Screen %1 (%2)</translation>
    </message>
    <message>
        <source>%1 tiles in a %2 × %3 grid</source>
        <translation>%1 tiles in a %2 × %3 grid</translation>
    </message>
    <message>
        <source>New layout %1</source>
        <translation>New layout %1</translation>
    </message>
    <message>
        <source>Delete layout</source>
        <translation>Delete layout</translation>
    </message>
    <message>
        <source>Delete the layout "%1"?</source>
        <translation>Delete the layout "%1"?</translation>
    </message>
    <message>
        <source>Every tile is in use: drag the camera onto the tile it should replace.</source>
        <translation>Every tile is in use: drag the camera onto the tile it should replace.</translation>
    </message>
    <message>
        <source>Pantau — demo site</source>
        <translation>Pantau — demo site</translation>
    </message>
    <message>
        <source>Pantau — %1</source>
        <translation>Pantau — %1</translation>
    </message>
    <message>
        <source>Command Center</source>
        <translation>Command Center</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <source>Search camera, area or tag…</source>
        <translation>Search camera, area or tag…</translation>
    </message>
    <message>
        <source>Layouts</source>
        <translation>Layouts</translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation>Screen:</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Open video wall</source>
        <translation>Open video wall</translation>
    </message>
    <message>
        <source>Show tile statistics</source>
        <translation>Show tile statistics</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <source>&amp;New layout…</source>
        <translation>&amp;New layout…</translation>
    </message>
    <message>
        <source>&amp;Edit layout…</source>
        <translation>&amp;Edit layout…</translation>
    </message>
    <message>
        <source>&amp;Delete layout</source>
        <translation>&amp;Delete layout</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Open video &amp;wall</source>
        <translation>Open video &amp;wall</translation>
    </message>
    <message>
        <source>Video wall &amp;full screen on every screen</source>
        <translation>Video wall &amp;full screen on every screen</translation>
    </message>
    <message>
        <source>Tile &amp;statistics</source>
        <translation>Tile &amp;statistics</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>L&amp;anguage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Pantau</source>
        <translation>&amp;About Pantau</translation>
    </message>
    <message>
        <source>Drag a camera onto a tile of the video wall, or double-click it.</source>
        <translation>Drag a camera onto a tile of the video wall, or double-click it.</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) · site file %1</source>
        <translation><numerusform>%n camera · site file %1</numerusform><numerusform>%n cameras · site file %1</numerusform></translation>
    </message>
</context>
<context>
    <name>pantau::LayoutEditorDialog</name>
    <message>
        <source>Layout editor</source>
        <translation>Layout editor</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rows × columns:</source>
        <translation>Rows × columns:</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Start from:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Merge cells</source>
        <translation>Merge cells</translation>
    </message>
    <message>
        <source>Split tile</source>
        <translation>Split tile</translation>
    </message>
    <message>
        <source>Drag across cells to select them, then merge them into one large tile. Click a large tile to select it for splitting.</source>
        <translation>Drag across cells to select them, then merge them into one large tile. Click a large tile to select it for splitting.</translation>
    </message>
    <message>
        <source>e.g. Crossroads Sekayu</source>
        <translation>e.g. Crossroads Sekayu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>pantau::StreamPipeline</name>
    <message>
        <source>GStreamer element "%1" is missing; install the GStreamer plug-in packages.</source>
        <translation>GStreamer element "%1" is missing; install the GStreamer plug-in packages.</translation>
    </message>
    <message>
        <source>Unsupported stream address "%1".</source>
        <translation>Unsupported stream address "%1".</translation>
    </message>
    <message>
        <source>The stream could not be started.</source>
        <translation>The stream could not be started.</translation>
    </message>
    <message>
        <source>The camera ended the stream.</source>
        <translation>The camera ended the stream.</translation>
    </message>
    <message>
        <source>No picture for %1 s.</source>
        <translation>No picture for %1 s.</translation>
    </message>
    <message>
        <source>The camera does not answer.</source>
        <translation>The camera does not answer.</translation>
    </message>
</context>
<context>
    <name>pantau::TileView</name>
    <message>
        <source>Tile %1
Drag a camera here</source>
        <translation>Tile %1
Drag a camera here</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Not available</translation>
    </message>
    <message>
        <source>sub</source>
        <translation>sub</translation>
    </message>
    <message>
        <source>main</source>
        <translation>main</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>Show statistics</source>
        <translation>Show statistics</translation>
    </message>
    <message>
        <source>Remove camera from tile</source>
        <translation>Remove camera from tile</translation>
    </message>
    <message>
        <source>%1 fps · %2 %3 · %4 · dropped %5</source>
        <translation>%1 fps · %2 %3 · %4 · dropped %5</translation>
    </message>
</context>
<context>
    <name>pantau::WallWindow</name>
    <message>
        <source>Pantau video wall — screen %1 — %2</source>
        <translation>Pantau video wall — screen %1 — %2</translation>
    </message>
    <message>
        <source>no layout</source>
        <translation>no layout</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Show statistics</source>
        <translation>Show statistics</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Leave full screen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>Operator console</source>
        <translation>Operator console</translation>
    </message>
</context>
</TS>
