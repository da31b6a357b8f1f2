<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>CommandLine</name>
    <message>
        <source>Option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use id or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the embedded demo site: nine live synthetic cameras, no hardware needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the saved video wall full screen on every screen (for the wall PC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use FILE as the site file instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: id (Indonesian) or en (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pantau — video wall for CCTV command centres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSite</name>
    <message>
        <source>Demo site — Musi Banyuasin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview 3x3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central Sekayu 2x2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossroads 1+5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>The grid must have 1 to %1 rows and columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tile lies outside the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two tiles overlap at row %1, column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some cells are not covered by any tile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB) to be a site file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Pantau is saving %1; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a list of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A camera entry is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A camera has an empty id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera &quot;%1&quot; has an invalid stream address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A layout entry is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout &quot;%1&quot;: the grid must have 1 to %2 rows and columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout &quot;%1&quot; has a tile that is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Pantau site file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site file has format version %1; this Pantau reads up to version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two cameras share the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wall entry is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamStatus</name>
    <message>
        <source>retrying in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed (check the username and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pantau::Application</name>
    <message>
        <source>Welcome to Pantau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site is configured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the demo site (nine live synthetic cameras in Musi Banyuasin, no hardware needed), or with an empty site to add your own cameras?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the demo site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pantau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo site could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pantau is using the last good copy of the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good copy was found; Pantau started with an empty site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pantau::CameraTreeModel</name>
    <message>
        <source>No area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pantau::ConsoleWindow</name>
    <message>
        <source>Could not save the site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Pantau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pantau %1&lt;/b&gt;&lt;br&gt;Video wall for CCTV command centres.&lt;br&gt;Licensed under the Apache License 2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tiles in a %2 × %3 grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New layout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the layout &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tile is in use: drag the camera onto the tile it should replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pantau — demo site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pantau — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search camera, area or tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open video wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tile statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New layout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit layout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open video &amp;wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video wall &amp;full screen on every screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile &amp;statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Pantau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a camera onto a tile of the video wall, or double-click it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) · site file %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pantau::LayoutEditorDialog</name>
    <message>
        <source>Layout editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows × columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag across cells to select them, then merge them into one large tile. Click a large tile to select it for splitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Crossroads Sekayu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pantau::StreamPipeline</name>
    <message>
        <source>GStreamer element &quot;%1&quot; is missing; install the GStreamer plug-in packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported stream address &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera ended the stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pantau::TileView</name>
    <message>
        <source>Tile %1
Drag a camera here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fps · %2×%3 %4 · %5 · dropped %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove camera from tile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pantau::WallWindow</name>
    <message>
        <source>Pantau video wall — screen %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
