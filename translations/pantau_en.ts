<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CameraCsv</name>
    <message>
        <source>the text is not valid UTF-8 (save the file as &quot;CSV UTF-8&quot;)</source>
        <translation>the text is not valid UTF-8 (save the file as &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; column contains control characters</source>
        <translation>the &quot;%1&quot; column contains control characters</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <source>a quoted field is never closed, so the rest of the file was not read</source>
        <translation>a quoted field is never closed, so the rest of the file was not read</translation>
    </message>
    <message>
        <source>there is text after the closing quote in the &quot;%1&quot; column</source>
        <translation>there is text after the closing quote in the &quot;%1&quot; column</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; column is longer than %2 bytes</source>
        <translation>the &quot;%1&quot; column is longer than %2 bytes</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 columns</source>
        <translation>the row has %1 fields but the header has %2 columns</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; must not contain spaces or control characters</source>
        <translation>the id &quot;%1&quot; must not contain spaces or control characters</translation>
    </message>
    <message>
        <source>a camera with id &quot;%1&quot; already exists</source>
        <translation>a camera with id &quot;%1&quot; already exists</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used on line %2</source>
        <translation>the id &quot;%1&quot; is already used on line %2</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither</source>
        <translation>give both latitude and longitude, or neither</translation>
    </message>
    <message>
        <source>latitude &quot;%1&quot; is not a number</source>
        <translation>latitude &quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>latitude must be between -90 and 90</source>
        <translation>latitude must be between -90 and 90</translation>
    </message>
    <message>
        <source>longitude &quot;%1&quot; is not a number</source>
        <translation>longitude &quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>longitude must be between -180 and 180</source>
        <translation>longitude must be between -180 and 180</translation>
    </message>
    <message>
        <source>there is no main stream address (main_stream) and no ONVIF address (onvif)</source>
        <translation>there is no main stream address (main_stream) and no ONVIF address (onvif)</translation>
    </message>
    <message>
        <source>the main stream address is not a valid RTSP or HTTP URL</source>
        <translation>the main stream address is not a valid RTSP or HTTP URL</translation>
    </message>
    <message>
        <source>the sub stream address is not a valid RTSP or HTTP URL</source>
        <translation>the sub stream address is not a valid RTSP or HTTP URL</translation>
    </message>
    <message>
        <source>the ONVIF address is not a valid HTTP URL</source>
        <translation>the ONVIF address is not a valid HTTP URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2 (use ya/tidak, yes/no, true/false or 1/0)</source>
        <translation>&quot;%1&quot; is not a valid value for %2 (use ya/tidak, yes/no, true/false or 1/0)</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>the header row is not valid CSV (check its quotes)</source>
        <translation>the header row is not valid CSV (check its quotes)</translation>
    </message>
    <message>
        <source>the header has more than %1 columns</source>
        <translation>the header has more than %1 columns</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is not known and is ignored</source>
        <translation>the column &quot;%1&quot; is not known and is ignored</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice in the header</source>
        <translation>the column &quot;%1&quot; appears twice in the header</translation>
    </message>
    <message>
        <source>the first row must be the header naming the columns, and it has no &quot;name&quot; column</source>
        <translation>the first row must be the header naming the columns, and it has no &quot;name&quot; column</translation>
    </message>
    <message>
        <source>the header has neither a &quot;main_stream&quot; nor an &quot;onvif&quot; column</source>
        <translation>the header has neither a &quot;main_stream&quot; nor an &quot;onvif&quot; column</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; split it into smaller files.</source>
        <translation>The file is larger than %1 MiB; split it into smaller files.</translation>
    </message>
    <message>
        <source>The file is in UTF-16; save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>The file is in UTF-16; save it as &quot;CSV UTF-8&quot; and import it again.</translation>
    </message>
    <message>
        <source>the file contains binary data (NUL bytes); it is not a CSV text file</source>
        <translation>the file contains binary data (NUL bytes); it is not a CSV text file</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Nothing can be imported: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; split it into smaller files.</source>
        <translation>%1 is larger than %2 MiB; split it into smaller files.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The file has more than %1 camera rows; split it into smaller files.</source>
        <translation>The file has more than %1 camera rows; split it into smaller files.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more problem(s) not listed.</source>
        <translation>
            <numerusform>%Ln more problem not listed.</numerusform>
            <numerusform>%Ln more problems not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln camera(s) ready to import.</source>
        <translation>
            <numerusform>%Ln camera ready to import.</numerusform>
            <numerusform>%Ln cameras ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln camera(s) ready to import</source>
        <translation>
            <numerusform>%Ln camera ready to import</numerusform>
            <numerusform>%Ln cameras ready to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with problems will be left out.</source>
        <translation>
            <numerusform>%Ln row with problems will be left out.</numerusform>
            <numerusform>%Ln rows with problems will be left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Option %1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use id or en.</source>
        <translation>Unknown language &quot;%1&quot;; use id or en.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. See --help.</source>
        <translation>Unknown option &quot;%1&quot;. See --help.</translation>
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
    <message>
        <source>Open the overview dashboard alone (for the Bupati&apos;s PC or a large screen).</source>
        <translation>Open the overview dashboard alone (for the Bupati&apos;s PC or a large screen).</translation>
    </message>
    <message>
        <source>Decode video on the processor only, even where the graphics card could decode it.</source>
        <translation>Decode video on the processor only, even where the graphics card could decode it.</translation>
    </message>
    <message>
        <source>Unknown renderer &quot;%1&quot;; use auto, cpu or opengl.</source>
        <translation>Unknown renderer &quot;%1&quot;; use auto, cpu or opengl.</translation>
    </message>
    <message>
        <source>Who draws the video: auto (the graphics card when it has hardware OpenGL), cpu or opengl.</source>
        <translation>Who draws the video: auto (the graphics card when it has hardware OpenGL), cpu or opengl.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Use %1 as the site file instead of the default one.</source>
        <translation>Use %1 as the site file instead of the default one.</translation>
    </message>
    <message>
        <source>--recorder needs the recorder&apos;s address, for example http://10.0.0.5:7480.</source>
        <translation>--recorder needs the recorder&apos;s address, for example http://10.0.0.5:7480.</translation>
    </message>
    <message>
        <source>Play back and export footage from the recorder at URL (default: this PC&apos;s, http://127.0.0.1:7480).</source>
        <translation>Play back and export footage from the recorder at URL (default: this PC&apos;s, http://127.0.0.1:7480).</translation>
    </message>
    <message>
        <source>Read the recorder&apos;s password from %1 (its first line).</source>
        <translation>Read the recorder&apos;s password from %1 (its first line).</translation>
    </message>
</context>
<context>
    <name>CredentialFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 can be read or changed by other users of this computer (%2). Pantau does not use it: make it readable only by you (chmod 600) or delete it and enter the passwords again.</source>
        <translation>%1 can be read or changed by other users of this computer (%2). Pantau does not use it: make it readable only by you (chmod 600) or delete it and enter the passwords again.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is larger than %2 KB.</source>
        <translation>%1 is damaged: it is larger than %2 KB.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>%1 The passwords of its backup %2 are used; the damaged file is kept as %3.</source>
        <translation>%1 The passwords of its backup %2 are used; the damaged file is kept as %3.</translation>
    </message>
    <message>
        <source>%1 The passwords of its backup %2 are used.</source>
        <translation>%1 The passwords of its backup %2 are used.</translation>
    </message>
    <message>
        <source>%1 Its backup cannot be used either: %2</source>
        <translation>%1 Its backup cannot be used either: %2</translation>
    </message>
    <message>
        <source>The damaged files are kept next to it; the passwords must be entered again.</source>
        <translation>The damaged files are kept next to it; the passwords must be entered again.</translation>
    </message>
    <message>
        <source>There is no backup; the damaged file is kept next to it and the passwords must be entered again.</source>
        <translation>There is no backup; the damaged file is kept next to it and the passwords must be entered again.</translation>
    </message>
    <message>
        <source>Another Pantau is using %1; try again.</source>
        <translation>Another Pantau is using %1; try again.</translation>
    </message>
    <message>
        <source>Cannot create the lock file next to %1.</source>
        <translation>Cannot create the lock file next to %1.</translation>
    </message>
    <message>
        <source>not a Pantau credentials file</source>
        <translation>not a Pantau credentials file</translation>
    </message>
    <message>
        <source>the version is missing or invalid</source>
        <translation>the version is missing or invalid</translation>
    </message>
    <message>
        <source>written by a newer Pantau (version %1)</source>
        <translation>written by a newer Pantau (version %1)</translation>
    </message>
    <message>
        <source>&quot;passwords&quot; is not a list of names and passwords</source>
        <translation>&quot;passwords&quot; is not a list of names and passwords</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is not a password</source>
        <translation>the entry &quot;%1&quot; is not a password</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot save %1.</source>
        <translation>Cannot save %1.</translation>
    </message>
    <message>
        <source>%1 would grow beyond %2 KB; the password was not saved.</source>
        <translation>%1 would grow beyond %2 KB; the password was not saved.</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %L2)</source>
        <translation>not valid JSON (%1 at byte %L2)</translation>
    </message>
</context>
<context>
    <name>DashboardStateWords</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <source>Stream error</source>
        <translation>Stream error</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Authentication failed</translation>
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
    <message>
        <source>Preparing the demo clips… %1%</source>
        <translation>Preparing the demo clips… %1%</translation>
    </message>
</context>
<context>
    <name>ErrorReason</name>
    <message>
        <source>the connection was refused</source>
        <translation>the connection was refused</translation>
    </message>
    <message>
        <source>the camera closed the connection</source>
        <translation>the camera closed the connection</translation>
    </message>
    <message>
        <source>the address was not found</source>
        <translation>the address was not found</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>the connection timed out</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>the secure connection failed</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>the network is not available</translation>
    </message>
    <message>
        <source>the proxy server failed</source>
        <translation>the proxy server failed</translation>
    </message>
    <message>
        <source>the camera does not speak the expected protocol</source>
        <translation>the camera does not speak the expected protocol</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>network error %1</translation>
    </message>
    <message>
        <source>an object is not closed</source>
        <translation>an object is not closed</translation>
    </message>
    <message>
        <source>a list is not closed</source>
        <translation>a list is not closed</translation>
    </message>
    <message>
        <source>a text is not closed</source>
        <translation>a text is not closed</translation>
    </message>
    <message>
        <source>a separator is missing</source>
        <translation>a separator is missing</translation>
    </message>
    <message>
        <source>a value is not valid</source>
        <translation>a value is not valid</translation>
    </message>
    <message>
        <source>a text contains invalid characters</source>
        <translation>a text contains invalid characters</translation>
    </message>
    <message>
        <source>there is extra content after the end</source>
        <translation>there is extra content after the end</translation>
    </message>
    <message>
        <source>the document is too large or too deeply nested</source>
        <translation>the document is too large or too deeply nested</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>not valid JSON</translation>
    </message>
</context>
<context>
    <name>EventTexts</name>
    <message>
        <source>Motion detected</source>
        <translation>Motion detected</translation>
    </message>
    <message>
        <source>Camera covered</source>
        <translation>Camera covered</translation>
    </message>
    <message>
        <source>Camera out of focus</source>
        <translation>Camera out of focus</translation>
    </message>
    <message>
        <source>Camera moved</source>
        <translation>Camera moved</translation>
    </message>
    <message>
        <source>Camera offline</source>
        <translation>Camera offline</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Recording stopped</translation>
    </message>
    <message>
        <source>Unknown event</source>
        <translation>Unknown event</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
</context>
<context>
    <name>EvidenceManifest</name>
    <message>
        <source>PANTAU EVIDENCE EXPORT</source>
        <translation>PANTAU EVIDENCE EXPORT</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Requested range</source>
        <translation>Requested range</translation>
    </message>
    <message>
        <source>Gaps without footage</source>
        <translation>Gaps without footage</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exported by</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exported at</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>The video was copied from the recording without re-encoding. Check the file with: sha256sum -c %1.sha256</source>
        <translation>The video was copied from the recording without re-encoding. Check the file with: sha256sum -c %1.sha256</translation>
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
    <name>OnvifError</name>
    <message>
        <source>Authentication failed: check the username and password.</source>
        <translation>Authentication failed: check the username and password.</translation>
    </message>
    <message>
        <source>The camera cannot be reached.</source>
        <translation>The camera cannot be reached.</translation>
    </message>
    <message>
        <source>The camera answered with an HTTP error.</source>
        <translation>The camera answered with an HTTP error.</translation>
    </message>
    <message>
        <source>The camera refused the request.</source>
        <translation>The camera refused the request.</translation>
    </message>
    <message>
        <source>The camera&apos;s reply is not valid ONVIF.</source>
        <translation>The camera&apos;s reply is not valid ONVIF.</translation>
    </message>
    <message>
        <source>The camera&apos;s reply is too large and was rejected.</source>
        <translation>The camera&apos;s reply is too large and was rejected.</translation>
    </message>
    <message>
        <source>The camera&apos;s reply contains a document type declaration, which Pantau refuses for safety.</source>
        <translation>The camera&apos;s reply contains a document type declaration, which Pantau refuses for safety.</translation>
    </message>
    <message>
        <source>The camera does not offer this ONVIF service.</source>
        <translation>The camera does not offer this ONVIF service.</translation>
    </message>
    <message>
        <source>The address is not a valid camera address.</source>
        <translation>The address is not a valid camera address.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The camera did not answer within %L1 s.</source>
        <translation>The camera did not answer within %L1 s.</translation>
    </message>
</context>
<context>
    <name>RecorderChoices</name>
    <message>
        <source>Type the recorder&apos;s address, for example 10.20.0.5 or http://10.20.0.5:7480.</source>
        <translation>Type the recorder's address, for example 10.20.0.5 or http://10.20.0.5:7480.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recorder address. Type for example 10.20.0.5 or http://10.20.0.5:7480.</source>
        <translation>&quot;%1&quot; is not a recorder address. Type for example 10.20.0.5 or http://10.20.0.5:7480.</translation>
    </message>
    <message>
        <source>The recorder answers plain HTTP: the address starts with http://, not %1://.</source>
        <translation>The recorder answers plain HTTP: the address starts with http://, not %1://.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: type it in the password field.</source>
        <translation>Leave the password out of the address: type it in the password field.</translation>
    </message>
    <message>
        <source>Type only the recorder&apos;s host and port, without a path (for example http://10.20.0.5:7480).</source>
        <translation>Type only the recorder's host and port, without a path (for example http://10.20.0.5:7480).</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>The port must be a number from 1 to 65535.</translation>
    </message>
</context>
<context>
    <name>RecorderCommandLine</name>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Option %1 needs a value.</translation>
    </message>
    <message>
        <source>--segment-seconds must be a whole number from 2 to 3600.</source>
        <translation>--segment-seconds must be a whole number from 2 to 3600.</translation>
    </message>
    <message>
        <source>--disk-budget-gb must be a positive number of gigabytes.</source>
        <translation>--disk-budget-gb must be a positive number of gigabytes.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use id or en.</source>
        <translation>Unknown language &quot;%1&quot;; use id or en.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. See --help.</source>
        <translation>Unknown option &quot;%1&quot;. See --help.</translation>
    </message>
    <message>
        <source>The site file to follow (default: this user&apos;s Pantau site, %1).</source>
        <translation>The site file to follow (default: this user&apos;s Pantau site, %1).</translation>
    </message>
    <message>
        <source>Where footage and its index are kept (default: %1).</source>
        <translation>Where footage and its index are kept (default: %1).</translation>
    </message>
    <message>
        <source>The camera passwords file (default: this user&apos;s Pantau passwords, %1).</source>
        <translation>The camera passwords file (default: this user&apos;s Pantau passwords, %1).</translation>
    </message>
    <message>
        <source>Length of each footage file in seconds (default: 60).</source>
        <translation>Length of each footage file in seconds (default: 60).</translation>
    </message>
    <message>
        <source>Use at most N GB for footage (default: the whole disk, less a reserve kept free).</source>
        <translation>Use at most N GB for footage (default: the whole disk, less a reserve kept free).</translation>
    </message>
    <message>
        <source>Local socket where the recorder publishes its status (default: pantau-recorder).</source>
        <translation>Local socket where the recorder publishes its status (default: pantau-recorder).</translation>
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
        <source>Pantau recorder — records the site&apos;s cameras around the clock, without a screen.</source>
        <translation>Pantau recorder — records the site&apos;s cameras around the clock, without a screen.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>This recorder&apos;s name in the site: it records the cameras given to %1 and those given to no recorder (default: this computer&apos;s name).</source>
        <translation>This recorder&apos;s name in the site: it records the cameras given to %1 and those given to no recorder (default: this computer&apos;s name).</translation>
    </message>
    <message>
        <source>--listen needs ADDRESS:PORT, for example 0.0.0.0:7480 or [::1]:7480.</source>
        <translation>--listen needs ADDRESS:PORT, for example 0.0.0.0:7480 or [::1]:7480.</translation>
    </message>
    <message>
        <source>Serve footage and status to other PCs over HTTP on this address and port, for example 0.0.0.0:7480 (default: off). Any address other than loopback needs a password.</source>
        <translation>Serve footage and status to other PCs over HTTP on this address and port, for example 0.0.0.0:7480 (default: off). Any address other than loopback needs a password.</translation>
    </message>
    <message>
        <source>The file holding the hash of the recorder&apos;s password (default: %1).</source>
        <translation>The file holding the hash of the recorder&apos;s password (default: %1).</translation>
    </message>
    <message>
        <source>Read a new password from standard input, store its hash in the password file, and exit.</source>
        <translation>Read a new password from standard input, store its hash in the password file, and exit.</translation>
    </message>
</context>
<context>
    <name>RetentionPolicy</name>
    <message>
        <source>The disk holds only %1 of the %2 days configured</source>
        <translation>The disk holds only %1 of the %2 days configured</translation>
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
        <source>Field &quot;%1&quot; must be text.</source>
        <translation>Field &quot;%1&quot; must be text.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a whole number.</source>
        <translation>Field &quot;%1&quot; must be a whole number.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a list of text.</source>
        <translation>Field &quot;%1&quot; must be a list of text.</translation>
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
        <source>Field &quot;%1&quot; must be true or false.</source>
        <translation>Field &quot;%1&quot; must be true or false.</translation>
    </message>
    <message>
        <source>Camera &quot;%1&quot; has an invalid stream address.</source>
        <translation>Camera &quot;%1&quot; has an invalid stream address.</translation>
    </message>
    <message>
        <source>A layout entry is not an object.</source>
        <translation>A layout entry is not an object.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a list.</source>
        <translation>Field &quot;%1&quot; must be a list.</translation>
    </message>
    <message>
        <source>Layout &quot;%1&quot;: the grid must have 1 to %2 rows and columns.</source>
        <translation>Layout &quot;%1&quot;: the grid must have 1 to %2 rows and columns.</translation>
    </message>
    <message>
        <source>Layout &quot;%1&quot; has a tile that is not an object.</source>
        <translation>Layout &quot;%1&quot; has a tile that is not an object.</translation>
    </message>
    <message>
        <source>Layout &quot;%1&quot;: %2</source>
        <translation>Layout &quot;%1&quot;: %2</translation>
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
        <source>Two cameras share the id &quot;%1&quot;.</source>
        <translation>Two cameras share the id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A wall entry is not an object.</source>
        <translation>A wall entry is not an object.</translation>
    </message>
    <message>
        <source>Camera &quot;%1&quot; has an invalid location.</source>
        <translation>Camera &quot;%1&quot; has an invalid location.</translation>
    </message>
    <message>
        <source>Camera &quot;%1&quot; has an invalid PTZ control address.</source>
        <translation>Camera &quot;%1&quot; has an invalid PTZ control address.</translation>
    </message>
    <message>
        <source>Camera &quot;%1&quot; has an invalid ONVIF address.</source>
        <translation>Camera &quot;%1&quot; has an invalid ONVIF address.</translation>
    </message>
    <message>
        <source>Camera &quot;%1&quot; has an invalid recording plan.</source>
        <translation>Camera &quot;%1&quot; has an invalid recording plan.</translation>
    </message>
    <message>
        <source>The file is damaged (%1 at byte %L2).</source>
        <translation>The file is damaged (%1 at byte %L2).</translation>
    </message>
    <message>
        <source>Camera entry %1</source>
        <translation>Camera entry %1</translation>
    </message>
</context>
<context>
    <name>SoapEnvelope</name>
    <message>
        <source>empty reply</source>
        <translation>empty reply</translation>
    </message>
    <message>
        <source>no SOAP body</source>
        <translation>no SOAP body</translation>
    </message>
    <message>
        <source>not well-formed XML</source>
        <translation>not well-formed XML</translation>
    </message>
</context>
<context>
    <name>StreamErrorClassifier</name>
    <message>
        <source>the camera refused the username or password</source>
        <translation>the camera refused the username or password</translation>
    </message>
    <message>
        <source>the camera has no stream at this address</source>
        <translation>the camera has no stream at this address</translation>
    </message>
    <message>
        <source>the camera cannot be reached</source>
        <translation>the camera cannot be reached</translation>
    </message>
    <message>
        <source>the connection to the camera broke off</source>
        <translation>the connection to the camera broke off</translation>
    </message>
    <message>
        <source>the camera refused the stream settings</source>
        <translation>the camera refused the stream settings</translation>
    </message>
    <message>
        <source>the connection to the camera failed</source>
        <translation>the connection to the camera failed</translation>
    </message>
    <message>
        <source>a GStreamer plug-in this stream needs is not installed</source>
        <translation>a GStreamer plug-in this stream needs is not installed</translation>
    </message>
    <message>
        <source>the video format could not be agreed</source>
        <translation>the video format could not be agreed</translation>
    </message>
    <message>
        <source>the video player failed</source>
        <translation>the video player failed</translation>
    </message>
    <message>
        <source>no decoder is installed for this video format</source>
        <translation>no decoder is installed for this video format</translation>
    </message>
    <message>
        <source>the stream is not video Pantau can play</source>
        <translation>the stream is not video Pantau can play</translation>
    </message>
    <message>
        <source>the video could not be decoded</source>
        <translation>the video could not be decoded</translation>
    </message>
    <message>
        <source>the stream failed</source>
        <translation>the stream failed</translation>
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
    <name>TileOverlayPainter</name>
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
        <source>%1 fps · %2 %3 · %4 · dropped %5</source>
        <translation>%1 fps · %2 %3 · %4 · dropped %5</translation>
    </message>
    <message>
        <source>%1 (hardware)</source>
        <translation>%1 (hardware)</translation>
    </message>
    <message>
        <source>This camera&apos;s settings cannot be used: %1</source>
        <translation>This camera&apos;s settings cannot be used: %1</translation>
    </message>
    <message>
        <source>RECORDED</source>
        <translation>RECORDED</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>No footage</source>
        <translation>No footage</translation>
    </message>
</context>
<context>
    <name>pantau::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge event</source>
        <translation>Acknowledge event</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Acknowledged by:</source>
        <translation>Acknowledged by:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>What was done, e.g. an officer was sent to check</source>
        <translation>What was done, e.g. an officer was sent to check</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
</context>
<context>
    <name>pantau::AlarmScreen</name>
    <message>
        <source>Acknowledge…</source>
        <translation>Acknowledge…</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
</context>
<context>
    <name>pantau::AlarmSettingsDialog</name>
    <message>
        <source>Alarm settings</source>
        <translation>Alarm settings</translation>
    </message>
    <message>
        <source>Priority per event kind</source>
        <translation>Priority per event kind</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Keep events for:</source>
        <translation>Keep events for:</translation>
    </message>
    <message>
        <source>Automatic (on the wall PC only)</source>
        <translation>Automatic (on the wall PC only)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>The camera of a new high-priority event pops up full screen on the chosen wall screen until it is acknowledged or Escape is pressed.</source>
        <translation>The camera of a new high-priority event pops up full screen on the chosen wall screen until it is acknowledged or Escape is pressed.</translation>
    </message>
    <message>
        <source>Alarm screen:</source>
        <translation>Alarm screen:</translation>
    </message>
    <message>
        <source>Cameras no tile shows are checked from their sub stream, keyframes only, this many at a time (taking turns every few minutes).</source>
        <translation>Cameras no tile shows are checked from their sub stream, keyframes only, this many at a time (taking turns every few minutes).</translation>
    </message>
    <message>
        <source>Cameras off the wall analysed at once:</source>
        <translation>Cameras off the wall analysed at once:</translation>
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
    <message>
        <source>Camera passwords</source>
        <translation>Camera passwords</translation>
    </message>
    <message>
        <source>Some camera passwords could not be read:</source>
        <translation>Some camera passwords could not be read:</translation>
    </message>
    <message>
        <source>The event list could not be read</source>
        <translation>The event list could not be read</translation>
    </message>
    <message>
        <source>The file of past events was damaged. It was kept as %1, and a new, empty event list was started.</source>
        <translation>The file of past events was damaged. It was kept as %1, and a new, empty event list was started.</translation>
    </message>
    <message>
        <source>The demo plays back the footage its own recorder makes on this PC.</source>
        <translation>The demo plays back the footage its own recorder makes on this PC.</translation>
    </message>
    <message>
        <source>Pantau was started with --recorder: it reads that recorder until it is started without it.</source>
        <translation>Pantau was started with --recorder: it reads that recorder until it is started without it.</translation>
    </message>
    <message>
        <source>Footage recorder</source>
        <translation>Footage recorder</translation>
    </message>
    <message>
        <source>The recorder&apos;s password could not be kept: %1
Pantau uses it until it closes.</source>
        <translation>The recorder's password could not be kept: %1
Pantau uses it until it closes.</translation>
    </message>
</context>
<context>
    <name>pantau::AreaHealthRow</name>
    <message numerus="yes">
        <source>%Ln offline</source>
        <translation>
            <numerusform>%Ln offline</numerusform>
            <numerusform>%Ln offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in trouble</source>
        <translation>
            <numerusform>%Ln in trouble</numerusform>
            <numerusform>%Ln in trouble</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checking</source>
        <translation>
            <numerusform>%Ln checking</numerusform>
            <numerusform>%Ln checking</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln disabled</source>
        <translation>
            <numerusform>%Ln disabled</numerusform>
            <numerusform>%Ln disabled</numerusform>
        </translation>
    </message>
    <message>
        <source>All online</source>
        <translation>All online</translation>
    </message>
    <message>
        <source>No cameras</source>
        <translation>No cameras</translation>
    </message>
</context>
<context>
    <name>pantau::CameraEditDialog</name>
    <message>
        <source>Give the camera a name.</source>
        <translation>Give the camera a name.</translation>
    </message>
    <message>
        <source>Enter the main stream address, or read it from the camera through ONVIF.</source>
        <translation>Enter the main stream address, or read it from the camera through ONVIF.</translation>
    </message>
    <message>
        <source>The main stream address is not a valid RTSP or HTTP address.</source>
        <translation>The main stream address is not a valid RTSP or HTTP address.</translation>
    </message>
    <message>
        <source>The sub stream address is not a valid RTSP or HTTP address.</source>
        <translation>The sub stream address is not a valid RTSP or HTTP address.</translation>
    </message>
    <message>
        <source>The PTZ serial address must look like pelcod:/dev/ttyUSB0?address=1&amp;baud=2400.</source>
        <translation>The PTZ serial address must look like pelcod:/dev/ttyUSB0?address=1&amp;baud=2400.</translation>
    </message>
    <message>
        <source>The ONVIF address is not valid.</source>
        <translation>The ONVIF address is not valid.</translation>
    </message>
    <message>
        <source>Enter the camera&apos;s address (for example 192.168.1.64) first.</source>
        <translation>Enter the camera&apos;s address (for example 192.168.1.64) first.</translation>
    </message>
    <message>
        <source>Waiting for the cameras being read to finish…</source>
        <translation>Waiting for the cameras being read to finish…</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)…</source>
        <translation>%1 (%2 of %3)…</translation>
    </message>
    <message>
        <source>Found %1 %2: main stream %3×%4 %5%6.</source>
        <translation>Found %1 %2: main stream %3×%4 %5%6.</translation>
    </message>
    <message>
        <source>, sub stream %1×%2</source>
        <translation>, sub stream %1×%2</translation>
    </message>
    <message>
        <source>Add camera</source>
        <translation>Add camera</translation>
    </message>
    <message>
        <source>Edit camera</source>
        <translation>Edit camera</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kabupaten:</source>
        <translation>Kabupaten:</translation>
    </message>
    <message>
        <source>Kecamatan:</source>
        <translation>Kecamatan:</translation>
    </message>
    <message>
        <source>Desa / kelurahan:</source>
        <translation>Desa / kelurahan:</translation>
    </message>
    <message>
        <source>Point:</source>
        <translation>Point:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>ONVIF address:</source>
        <translation>ONVIF address:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Main stream:</source>
        <translation>Main stream:</translation>
    </message>
    <message>
        <source>Sub stream:</source>
        <translation>Sub stream:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>PTZ over serial:</source>
        <translation>PTZ over serial:</translation>
    </message>
    <message>
        <source>rtsp://192.168.1.64:554/Streaming/Channels/101</source>
        <translation>rtsp://192.168.1.64:554/Streaming/Channels/101</translation>
    </message>
    <message>
        <source>optional: a smaller stream for small tiles</source>
        <translation>optional: a smaller stream for small tiles</translation>
    </message>
    <message>
        <source>192.168.1.64 or http://host/onvif/device_service</source>
        <translation>192.168.1.64 or http://host/onvif/device_service</translation>
    </message>
    <message>
        <source>Diskominfo, Dishub, Polres…</source>
        <translation>Diskominfo, Dishub, Polres…</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <source>only for Pelco-D: pelcod:/dev/ttyUSB0?address=1&amp;baud=2400</source>
        <translation>only for Pelco-D: pelcod:/dev/ttyUSB0?address=1&amp;baud=2400</translation>
    </message>
    <message>
        <source>Kept in the credential store, never in the site file.</source>
        <translation>Kept in the credential store, never in the site file.</translation>
    </message>
    <message>
        <source>Read from camera</source>
        <translation>Read from camera</translation>
    </message>
    <message>
        <source>Camera can pan, tilt and zoom (PTZ)</source>
        <translation>Camera can pan, tilt and zoom (PTZ)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Known coordinates</source>
        <translation>Known coordinates</translation>
    </message>
    <message>
        <source>lat </source>
        <translation>lat </translation>
    </message>
    <message>
        <source>long </source>
        <translation>long </translation>
    </message>
</context>
<context>
    <name>pantau::CameraFilterModel</name>
    <message>
        <source>%1: %2 of %3 cameras match the search</source>
        <translation>%1: %2 of %3 cameras match the search</translation>
    </message>
</context>
<context>
    <name>pantau::CameraRegistry</name>
    <message>
        <source>The password of &quot;%1&quot; could not be stored: %2</source>
        <translation>The password of &quot;%1&quot; could not be stored: %2</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; could not be removed: %2</source>
        <translation>The password of &quot;%1&quot; could not be removed: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the streams could not be read through ONVIF: %2</source>
        <translation>&quot;%1&quot;: the streams could not be read through ONVIF: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>pantau::CameraTreeModel</name>
    <message>
        <source>No area</source>
        <translation>No area</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (invalid)</translation>
    </message>
    <message>
        <source>%1
%2
This camera&apos;s entry in the site file cannot be used: %3</source>
        <translation>%1
%2
This camera&apos;s entry in the site file cannot be used: %3</translation>
    </message>
    <message>
        <source>Green dot: live on the wall.</source>
        <translation>Green dot: live on the wall.</translation>
    </message>
    <message>
        <source>Yellow dot: connecting.</source>
        <translation>Yellow dot: connecting.</translation>
    </message>
    <message>
        <source>Yellow dot: connection lost, reconnecting.</source>
        <translation>Yellow dot: connection lost, reconnecting.</translation>
    </message>
    <message>
        <source>Red dot: the camera refused the username or password.</source>
        <translation>Red dot: the camera refused the username or password.</translation>
    </message>
    <message>
        <source>Red dot: the camera cannot be reached.</source>
        <translation>Red dot: the camera cannot be reached.</translation>
    </message>
    <message>
        <source>Red dot: the stream cannot be played.</source>
        <translation>Red dot: the stream cannot be played.</translation>
    </message>
    <message>
        <source>Grey dot: not on the wall now, so its state is not known.</source>
        <translation>Grey dot: not on the wall now, so its state is not known.</translation>
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
        <source>Delete the layout &quot;%1&quot;?</source>
        <translation>Delete the layout &quot;%1&quot;?</translation>
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
        <translation>L&amp;anguage / Bahasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Pantau</source>
        <translation>&amp;About Pantau</translation>
    </message>
    <message numerus="yes">
        <source>%Ln camera(s) · site file %1</source>
        <translation>
            <numerusform>%Ln camera · site file %1</numerusform>
            <numerusform>%Ln cameras · site file %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera passwords are kept in: %1</source>
        <translation>Camera passwords are kept in: %1</translation>
    </message>
    <message>
        <source>Camera &quot;%1&quot; added.</source>
        <translation>Camera &quot;%1&quot; added.</translation>
    </message>
    <message>
        <source>Delete the camera &quot;%1&quot;? Tiles that show it become empty.</source>
        <translation>Delete the camera &quot;%1&quot;? Tiles that show it become empty.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln camera(s)? Tiles that show them become empty.</source>
        <translation>
            <numerusform>Delete %Ln camera? Tiles that show it become empty.</numerusform>
            <numerusform>Delete %Ln cameras? Tiles that show them become empty.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete camera</source>
        <translation>Delete camera</translation>
    </message>
    <message>
        <source>Import cameras from CSV</source>
        <translation>Import cameras from CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Import cameras</source>
        <translation>Import cameras</translation>
    </message>
    <message>
        <source>Nothing was imported; the site is unchanged.</source>
        <translation>Nothing was imported; the site is unchanged.</translation>
    </message>
    <message numerus="yes">
        <source>Add the %Ln good camera(s) to the site? Rows with problems are left out.</source>
        <translation>
            <numerusform>Add the %Ln good camera to the site? Rows with problems are left out.</numerusform>
            <numerusform>Add the %Ln good cameras to the site? Rows with problems are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%Ln camera(s) imported.</source>
        <translation>
            <numerusform>%Ln camera imported.</numerusform>
            <numerusform>%Ln cameras imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cameras to CSV</source>
        <translation>Export cameras to CSV</translation>
    </message>
    <message>
        <source>cameras.csv</source>
        <translation>cameras.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export cameras</source>
        <translation>Export cameras</translation>
    </message>
    <message numerus="yes">
        <source>%Ln camera(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln camera exported to %1.</numerusform>
            <numerusform>%Ln cameras exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import cameras from CSV…</source>
        <translation>&amp;Import cameras from CSV…</translation>
    </message>
    <message>
        <source>&amp;Export cameras to CSV…</source>
        <translation>&amp;Export cameras to CSV…</translation>
    </message>
    <message>
        <source>&amp;Cameras</source>
        <translation>&amp;Cameras</translation>
    </message>
    <message>
        <source>&amp;Add camera…</source>
        <translation>&amp;Add camera…</translation>
    </message>
    <message>
        <source>&amp;Find cameras on the network…</source>
        <translation>&amp;Find cameras on the network…</translation>
    </message>
    <message>
        <source>&amp;Edit camera…</source>
        <translation>&amp;Edit camera…</translation>
    </message>
    <message>
        <source>&amp;Delete camera</source>
        <translation>&amp;Delete camera</translation>
    </message>
    <message>
        <source>Add camera…</source>
        <translation>Add camera…</translation>
    </message>
    <message>
        <source>Find on network…</source>
        <translation>Find on network…</translation>
    </message>
    <message>
        <source>&amp;Overview dashboard</source>
        <translation>&amp;Overview dashboard</translation>
    </message>
    <message>
        <source>Overview dashboard</source>
        <translation>Overview dashboard</translation>
    </message>
    <message>
        <source>this session only (not saved)</source>
        <translation>this session only (not saved)</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Screen %1</translation>
    </message>
    <message>
        <source>Demo site</source>
        <translation>Demo site</translation>
    </message>
    <message>
        <source>&quot;%1&quot; full screen on the wall; Escape returns to the layout.</source>
        <translation>&quot;%1&quot; full screen on the wall; Escape returns to the layout.</translation>
    </message>
    <message>
        <source>Drag a camera onto a tile of the video wall; double-click it or press Enter to see it full screen.</source>
        <translation>Drag a camera onto a tile of the video wall; double-click it or press Enter to see it full screen.</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>fault</translation>
    </message>
    <message>
        <source>not on the wall</source>
        <translation>not on the wall</translation>
    </message>
    <message>
        <source>Motion &amp;zones…</source>
        <translation>Motion &amp;zones…</translation>
    </message>
    <message>
        <source>&amp;Alarm settings…</source>
        <translation>&amp;Alarm settings…</translation>
    </message>
    <message>
        <source>Footage &amp;recorder…</source>
        <translation>Footage &amp;recorder…</translation>
    </message>
</context>
<context>
    <name>pantau::DashboardWindow</name>
    <message>
        <source>Overview dashboard</source>
        <translation>Overview dashboard</translation>
    </message>
    <message>
        <source>Camera overview</source>
        <translation>Camera overview</translation>
    </message>
    <message>
        <source>Camera overview — %1</source>
        <translation>Camera overview — %1</translation>
    </message>
    <message>
        <source>Worst first</source>
        <translation>Worst first</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>By name</translation>
    </message>
    <message>
        <source>Order of the kecamatan: the largest share of cameras offline or in trouble first, or by name</source>
        <translation>Order of the kecamatan: the largest share of cameras offline or in trouble first, or by name</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>kecamatan (kabupaten)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>In trouble</source>
        <translation>In trouble</translation>
    </message>
    <message>
        <source>Reconnecting, login refused or a stream error</source>
        <translation>Reconnecting, login refused or a stream error</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>All kecamatan</translation>
    </message>
    <message>
        <source>No kecamatan</source>
        <translation>No kecamatan</translation>
    </message>
    <message>
        <source>All cameras</source>
        <translation>All cameras</translation>
    </message>
    <message>
        <source>Kecamatan %1</source>
        <translation>Kecamatan %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln camera(s)</source>
        <translation>
            <numerusform>%1 — %Ln camera</numerusform>
            <numerusform>%1 — %Ln cameras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checking</source>
        <translation>
            <numerusform>%Ln checking</numerusform>
            <numerusform>%Ln checking</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln disabled</source>
        <translation>
            <numerusform>%Ln disabled</numerusform>
            <numerusform>%Ln disabled</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message numerus="yes">
        <source>of %Ln camera(s)</source>
        <translation>
            <numerusform>of %Ln camera</numerusform>
            <numerusform>of %Ln cameras</numerusform>
        </translation>
    </message>
    <message>
        <source>disk holds %1 days</source>
        <translation>disk holds %1 days</translation>
    </message>
    <message numerus="yes">
        <source>disk holds %Ln hour(s)</source>
        <translation>
            <numerusform>disk holds %Ln hour</numerusform>
            <numerusform>disk holds %Ln hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pantau::DiscoveryDialog</name>
    <message>
        <source>&quot;%1&quot; is not an IP address (optionally with :port).</source>
        <translation>&quot;%1&quot; is not an IP address (optionally with :port).</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Waiting…</translation>
    </message>
    <message>
        <source>Tick the cameras to add first.</source>
        <translation>Tick the cameras to add first.</translation>
    </message>
    <message>
        <source>Added: main %1×%2 %3, sub %4×%5</source>
        <translation>Added: main %1×%2 %3, sub %4×%5</translation>
    </message>
    <message>
        <source>Added: main %1×%2 %3, no sub stream</source>
        <translation>Added: main %1×%2 %3, no sub stream</translation>
    </message>
    <message>
        <source>Adding cameras… %1 added, %2 failed</source>
        <translation>Adding cameras… %1 added, %2 failed</translation>
    </message>
    <message numerus="yes">
        <source>%1 added, %2 failed. %Ln camera(s) found.</source>
        <translation>
            <numerusform>%1 added, %2 failed. %Ln camera found.</numerusform>
            <numerusform>%1 added, %2 failed. %Ln cameras found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching… %Ln camera(s) found so far.</source>
        <translation>
            <numerusform>Searching… %Ln camera found so far.</numerusform>
            <numerusform>Searching… %Ln cameras found so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln camera(s) found</source>
        <translation>
            <numerusform>%Ln camera found</numerusform>
            <numerusform>%Ln cameras found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticked</source>
        <translation>
            <numerusform>%Ln ticked</numerusform>
            <numerusform>%Ln ticked</numerusform>
        </translation>
    </message>
    <message>
        <source>Find cameras on the network</source>
        <translation>Find cameras on the network</translation>
    </message>
    <message>
        <source>Search this network</source>
        <translation>Search this network</translation>
    </message>
    <message>
        <source>e.g. 10.20.30.40</source>
        <translation>e.g. 10.20.30.40</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Username and password for the ticked cameras:</source>
        <translation>Username and password for the ticked cameras:</translation>
    </message>
    <message>
        <source>username</source>
        <translation>username</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>Put them in the area:</source>
        <translation>Put them in the area:</translation>
    </message>
    <message>
        <source>e.g. Musi Banyuasin / Sekayu / Balai Agung</source>
        <translation>e.g. Musi Banyuasin / Sekayu / Balai Agung</translation>
    </message>
    <message>
        <source>Add ticked cameras</source>
        <translation>Add ticked cameras</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Already added</source>
        <translation>Already added</translation>
    </message>
    <message>
        <source>Or probe an address:</source>
        <translation>Or probe an address:</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation>Nothing has been sent yet.</translation>
    </message>
    <message>
        <source>A search sends a multicast probe (WS-Discovery) on the local network; the ONVIF cameras on it answer. Cameras on another network (a fibre ring, a VLAN) do not hear it: type their address to ask them directly.</source>
        <translation>A search sends a multicast probe (WS-Discovery) on the local network; the ONVIF cameras on it answer. Cameras on another network (a fibre ring, a VLAN) do not hear it: type their address to ask them directly.</translation>
    </message>
</context>
<context>
    <name>pantau::EventsPanel</name>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s)</source>
        <translation>
            <numerusform>Last hour</numerusform>
            <numerusform>Last %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>All kecamatan</translation>
    </message>
    <message>
        <source>Unacknowledged only</source>
        <translation>Unacknowledged only</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Acknowledge…</translation>
    </message>
    <message>
        <source>Record who answered this event, when, and what was done</source>
        <translation>Record who answered this event, when, and what was done</translation>
    </message>
    <message>
        <source>Open camera</source>
        <translation>Open camera</translation>
    </message>
    <message>
        <source>The camera full screen: the footage from 5 s before the event where it is recorded, live otherwise (also a double-click on the event)</source>
        <translation>The camera full screen: the footage from 5 s before the event where it is recorded, live otherwise (also a double-click on the event)</translation>
    </message>
    <message>
        <source>Mute 5 minutes</source>
        <translation>Mute 5 minutes</translation>
    </message>
    <message>
        <source>Mute 15 minutes</source>
        <translation>Mute 15 minutes</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, still going on</source>
        <translation>%1, still going on</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation>Acknowledged by %1 at %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unacknowledged</source>
        <translation>Unacknowledged</translation>
    </message>
    <message>
        <source>Alarm sound on</source>
        <translation>Alarm sound on</translation>
    </message>
    <message>
        <source>Alarm sound muted until %1</source>
        <translation>Alarm sound muted until %1</translation>
    </message>
</context>
<context>
    <name>pantau::FileCredentialStore</name>
    <message>
        <source>file readable only by you: %1 (not encrypted; its permissions are its only protection)</source>
        <translation>file readable only by you: %1 (not encrypted; its permissions are its only protection)</translation>
    </message>
</context>
<context>
    <name>pantau::KeychainCredentialStore</name>
    <message>
        <source>The desktop secret store failed: %1</source>
        <translation>The desktop secret store failed: %1</translation>
    </message>
    <message>
        <source>desktop secret store (%1)</source>
        <translation>desktop secret store (%1)</translation>
    </message>
    <message>
        <source>The desktop secret store did not answer within %1 ms.</source>
        <translation>The desktop secret store did not answer within %1 ms.</translation>
    </message>
    <message>
        <source>The desktop secret store did not return what was stored.</source>
        <translation>The desktop secret store did not return what was stored.</translation>
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
    <message numerus="yes">
        <source>No free tile is left for %Ln camera(s): %1. Merge anyway? The layout will no longer show them.</source>
        <translation>
            <numerusform>No free tile is left for %Ln camera: %1. Merge anyway? The layout will no longer show it.</numerusform>
            <numerusform>No free tile is left for %Ln cameras: %1. Merge anyway? The layout will no longer show them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>Save layout</translation>
    </message>
    <message numerus="yes">
        <source>%Ln camera(s) of this layout have no tile now: %1. Save anyway?</source>
        <translation>
            <numerusform>%Ln camera of this layout has no tile now: %1. Save anyway?</numerusform>
            <numerusform>%Ln cameras of this layout have no tile now: %1. Save anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>This layout (%1 × %2)</source>
        <translation>This layout (%1 × %2)</translation>
    </message>
    <message>
        <source>No tile for: %1. They come back when a tile is free (split, a larger grid).</source>
        <translation>No tile for: %1. They come back when a tile is free (split, a larger grid).</translation>
    </message>
    <message>
        <source>Choosing a grid applies it; the cameras keep their tiles in reading order</source>
        <translation>Choosing a grid applies it; the cameras keep their tiles in reading order</translation>
    </message>
</context>
<context>
    <name>pantau::LayoutWorkingCopies</name>
    <message>
        <source>revert to the saved layout</source>
        <translation>revert to the saved layout</translation>
    </message>
</context>
<context>
    <name>pantau::MosaicView</name>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>No cameras here.</source>
        <translation>No cameras here.</translation>
    </message>
</context>
<context>
    <name>pantau::OnlineChartView</name>
    <message>
        <source>Cameras online, last 24 hours</source>
        <translation>Cameras online, last 24 hours</translation>
    </message>
    <message>
        <source>cameras</source>
        <translation>cameras</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>online / %1 %2</source>
        <translation>online / %1 %2</translation>
    </message>
</context>
<context>
    <name>pantau::PtzPanel</name>
    <message>
        <source>Save preset position</source>
        <translation>Save preset position</translation>
    </message>
    <message>
        <source>Name of the position:</source>
        <translation>Name of the position:</translation>
    </message>
    <message>
        <source>Position %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>Rename preset position</source>
        <translation>Rename preset position</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Delete preset position</source>
        <translation>Delete preset position</translation>
    </message>
    <message>
        <source>Delete the preset position &quot;%1&quot;?</source>
        <translation>Delete the preset position &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>PTZ: %1</source>
        <translation>PTZ: %1</translation>
    </message>
    <message>
        <source>Drag from the centre of the tile to move, wheel to zoom, click to centre. Arrow keys and +/- also work.</source>
        <translation>Drag from the centre of the tile to move, wheel to zoom, click to centre. Arrow keys and +/- also work.</translation>
    </message>
    <message>
        <source>Go to preset</source>
        <translation>Go to preset</translation>
    </message>
    <message>
        <source>Save position…</source>
        <translation>Save position…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Home position</source>
        <translation>Home position</translation>
    </message>
    <message>
        <source>Set as home</source>
        <translation>Set as home</translation>
    </message>
</context>
<context>
    <name>pantau::RecorderDialog</name>
    <message>
        <source>Footage recorder</source>
        <translation>Footage recorder</translation>
    </message>
    <message>
        <source>Playback and evidence export read footage from this recorder: this PC&apos;s own, or the recorder PC of the site.</source>
        <translation>Playback and evidence export read footage from this recorder: this PC's own, or the recorder PC of the site.</translation>
    </message>
    <message>
        <source>for example http://10.20.0.5:7480</source>
        <translation>for example http://10.20.0.5:7480</translation>
    </message>
    <message>
        <source>Recorder address:</source>
        <translation>Recorder address:</translation>
    </message>
    <message>
        <source>none (a recorder on this PC)</source>
        <translation>none (a recorder on this PC)</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Asking the recorder at %1…</source>
        <translation>Asking the recorder at %1…</translation>
    </message>
    <message>
        <source>Connected: the recorder at %1 records %2 of its %3 cameras.</source>
        <translation>Connected: the recorder at %1 records %2 of its %3 cameras.</translation>
    </message>
    <message>
        <source>The password set on the recorder with pantau-recorder --set-password. Pantau keeps it in: %1.</source>
        <translation>The password set on the recorder with pantau-recorder --set-password. Pantau keeps it in: %1.</translation>
    </message>
</context>
<context>
    <name>pantau::StreamPipeline</name>
    <message>
        <source>GStreamer element &quot;%1&quot; is missing; install the GStreamer plug-in packages.</source>
        <translation>GStreamer element &quot;%1&quot; is missing; install the GStreamer plug-in packages.</translation>
    </message>
    <message>
        <source>Unsupported stream address &quot;%1&quot;.</source>
        <translation>Unsupported stream address &quot;%1&quot;.</translation>
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
        <source>Play back this tile</source>
        <translation>Play back this tile</translation>
    </message>
    <message>
        <source>Motion zones…</source>
        <translation>Motion zones…</translation>
    </message>
</context>
<context>
    <name>pantau::WallView</name>
    <message>
        <source>camera on tile %1</source>
        <translation>camera on tile %1</translation>
    </message>
    <message>
        <source>emptying tile %1</source>
        <translation>emptying tile %1</translation>
    </message>
    <message>
        <source>swap of tiles %1 and %2</source>
        <translation>swap of tiles %1 and %2</translation>
    </message>
</context>
<context>
    <name>pantau::WallWindow</name>
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
    <message>
        <source>Video wall — screen %1 — %2</source>
        <translation>Video wall — screen %1 — %2</translation>
    </message>
    <message>
        <source>Close the video wall</source>
        <translation>Close the video wall</translation>
    </message>
    <message>
        <source>Close the video wall? The command centre&apos;s screens will go blank.</source>
        <translation>Close the video wall? The command centre&apos;s screens will go blank.</translation>
    </message>
    <message>
        <source>Window full screen</source>
        <translation>Window full screen</translation>
    </message>
    <message>
        <source>Timeline and playback</source>
        <translation>Timeline and playback</translation>
    </message>
    <message>
        <source>Export footage…</source>
        <translation>Export footage…</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Video wall — screen %1 — %2 (changed, not saved)</source>
        <translation>Video wall — screen %1 — %2 (changed, not saved)</translation>
    </message>
    <message>
        <source>Save to layout</source>
        <translation>Save to layout</translation>
    </message>
    <message>
        <source>Revert to the saved layout</source>
        <translation>Revert to the saved layout</translation>
    </message>
</context>
<context>
    <name>pantau::WorkingCopyBar</name>
    <message>
        <source>Changed: this window no longer shows the saved layout “%1”. Save the change to the layout, or revert to it.</source>
        <translation>Changed: this window no longer shows the saved layout “%1”. Save the change to the layout, or revert to it.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Save to layout</source>
        <translation>Save to layout</translation>
    </message>
    <message>
        <source>The layout “%1” shows this on every screen and after a restart</source>
        <translation>The layout “%1” shows this on every screen and after a restart</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Show the saved layout again (Ctrl+Z brings the change back)</source>
        <translation>Show the saved layout again (Ctrl+Z brings the change back)</translation>
    </message>
</context>
<context>
    <name>pantau::ZoneCanvas</name>
    <message>
        <source>No picture from this camera yet.</source>
        <translation>No picture from this camera yet.</translation>
    </message>
</context>
<context>
    <name>pantau::ZoneEditorDialog</name>
    <message>
        <source>Motion zones: %1</source>
        <translation>Motion zones: %1</translation>
    </message>
    <message>
        <source>Watched zone</source>
        <translation>Watched zone</translation>
    </message>
    <message>
        <source>Ignored area</source>
        <translation>Ignored area</translation>
    </message>
    <message>
        <source>Delete polygon</source>
        <translation>Delete polygon</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <source>Detect motion</source>
        <translation>Detect motion</translation>
    </message>
    <message>
        <source>The smallest moving object that counts, as a share of the picture.</source>
        <translation>The smallest moving object that counts, as a share of the picture.</translation>
    </message>
    <message>
        <source>always (e.g. 22:00-05:00)</source>
        <translation>always (e.g. 22:00-05:00)</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Minimum object size</source>
        <translation>Minimum object size</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detection</translation>
    </message>
    <message>
        <source>Click to add points; double-click or Enter closes the polygon. Drag a point to move it, click an edge to add one. Right-click or Delete removes a point; right-click inside a polygon removes it. Red: what the detector sees moving.</source>
        <translation>Click to add points; double-click or Enter closes the polygon. Drag a point to move it, click an edge to add one. Right-click or Delete removes a point; right-click inside a polygon removes it. Red: what the detector sees moving.</translation>
    </message>
    <message>
        <source>The saved motion settings of this camera could not be read (%1); saving replaces them.</source>
        <translation>The saved motion settings of this camera could not be read (%1); saving replaces them.</translation>
    </message>
    <message>
        <source>Write times like 22:00-05:00, or leave empty for always.</source>
        <translation>Write times like 22:00-05:00, or leave empty for always.</translation>
    </message>
    <message>
        <source>The zones could not be saved: %1</source>
        <translation>The zones could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>pantau::onvif::OnvifOnboarding</name>
    <message>
        <source>Reading the camera&apos;s clock</source>
        <translation>Reading the camera&apos;s clock</translation>
    </message>
    <message>
        <source>Reading the camera&apos;s model</source>
        <translation>Reading the camera&apos;s model</translation>
    </message>
    <message>
        <source>Reading the camera&apos;s services</source>
        <translation>Reading the camera&apos;s services</translation>
    </message>
    <message>
        <source>Reading the video profiles</source>
        <translation>Reading the video profiles</translation>
    </message>
    <message>
        <source>Reading the stream addresses</source>
        <translation>Reading the stream addresses</translation>
    </message>
    <message>
        <source>no RTSP stream</source>
        <translation>no RTSP stream</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>no media service</source>
        <translation>no media service</translation>
    </message>
    <message>
        <source>the camera has no media profiles</source>
        <translation>the camera has no media profiles</translation>
    </message>
</context>
<context>
    <name>pantau::playback::EvidenceExporter</name>
    <message>
        <source>The export folder %1 is full.</source>
        <translation>The export folder %1 is full.</translation>
    </message>
    <message>
        <source>The export file in %1 cannot be written (%2).</source>
        <translation>The export file in %1 cannot be written (%2).</translation>
    </message>
    <message>
        <source>The recorder at %1 refused the password.</source>
        <translation>The recorder at %1 refused the password.</translation>
    </message>
    <message>
        <source>The recorder at %1 cannot be reached.</source>
        <translation>The recorder at %1 cannot be reached.</translation>
    </message>
    <message>
        <source>The recorder at %1 no longer has a recorded file of this range.</source>
        <translation>The recorder at %1 no longer has a recorded file of this range.</translation>
    </message>
    <message>
        <source>A recorded file cannot be read (%1).</source>
        <translation>A recorded file cannot be read (%1).</translation>
    </message>
    <message>
        <source>A GStreamer element needed for the export is missing (%1).</source>
        <translation>A GStreamer element needed for the export is missing (%1).</translation>
    </message>
    <message>
        <source>The export&apos;s reading pipeline cannot be built.</source>
        <translation>The export&apos;s reading pipeline cannot be built.</translation>
    </message>
    <message>
        <source>The export&apos;s writing pipeline cannot be built.</source>
        <translation>The export&apos;s writing pipeline cannot be built.</translation>
    </message>
    <message>
        <source>There is no recording of %1 in the chosen range.</source>
        <translation>There is no recording of %1 in the chosen range.</translation>
    </message>
    <message>
        <source>The export folder %1 cannot be created.</source>
        <translation>The export folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The export file in %1 cannot be written.</source>
        <translation>The export file in %1 cannot be written.</translation>
    </message>
    <message>
        <source>The export file in %1 cannot be read back.</source>
        <translation>The export file in %1 cannot be read back.</translation>
    </message>
</context>
<context>
    <name>pantau::playback::ExportQueue</name>
    <message>
        <source>An export is already running.</source>
        <translation>An export is already running.</translation>
    </message>
</context>
<context>
    <name>pantau::playback::GoToTimeDialog</name>
    <message>
        <source>Go to time</source>
        <translation>Go to time</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>pantau::playback::LocalArchiveSource</name>
    <message>
        <source>This PC</source>
        <translation>This PC</translation>
    </message>
    <message>
        <source>The footage on this PC cannot be read.</source>
        <translation>The footage on this PC cannot be read.</translation>
    </message>
    <message>
        <source>The footage on this PC could not be locked.</source>
        <translation>The footage on this PC could not be locked.</translation>
    </message>
</context>
<context>
    <name>pantau::playback::PlaybackBar</name>
    <message>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <source>Back 1 minute (Shift+Left)</source>
        <translation>Back 1 minute (Shift+Left)</translation>
    </message>
    <message>
        <source>−10 s</source>
        <translation>−10 s</translation>
    </message>
    <message>
        <source>Back 10 seconds (Left)</source>
        <translation>Back 10 seconds (Left)</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>Forward 10 seconds (Right)</source>
        <translation>Forward 10 seconds (Right)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Forward 1 minute (Shift+Right)</source>
        <translation>Forward 1 minute (Shift+Right)</translation>
    </message>
    <message>
        <source>Previous frame (comma, while paused)</source>
        <translation>Previous frame (comma, while paused)</translation>
    </message>
    <message>
        <source>Next frame (full stop, while paused)</source>
        <translation>Next frame (full stop, while paused)</translation>
    </message>
    <message>
        <source>Play backwards</source>
        <translation>Play backwards</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Play or pause (Space)</translation>
    </message>
    <message>
        <source>Speed; negative plays backwards</source>
        <translation>Speed; negative plays backwards</translation>
    </message>
    <message>
        <source>−%1×</source>
        <translation>−%1×</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Go to time…</source>
        <translation>Go to time…</translation>
    </message>
    <message>
        <source>Show the footage of a date and time</source>
        <translation>Show the footage of a date and time</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>Back to the live picture</source>
        <translation>Back to the live picture</translation>
    </message>
</context>
<context>
    <name>pantau::playback::PlaybackStream</name>
    <message>
        <source>This PC lacks a GStreamer element needed to play footage.</source>
        <translation>This PC lacks a GStreamer element needed to play footage.</translation>
    </message>
    <message>
        <source>The footage cannot be played.</source>
        <translation>The footage cannot be played.</translation>
    </message>
    <message>
        <source>The recorder refused the password.</source>
        <translation>The recorder refused the password.</translation>
    </message>
    <message>
        <source>The footage cannot be reached.</source>
        <translation>The footage cannot be reached.</translation>
    </message>
</context>
<context>
    <name>pantau::ptz::OnvifPtzController</name>
    <message>
        <source>no PTZ service</source>
        <translation>no PTZ service</translation>
    </message>
</context>
<context>
    <name>pantau::ptz::PelcoDPtzController</name>
    <message>
        <source>The Pelco-D address must look like pelcod:/dev/ttyUSB0?address=1&amp;baud=2400 (address 1 to 255, baud 2400, 4800 or 9600).</source>
        <translation>The Pelco-D address must look like pelcod:/dev/ttyUSB0?address=1&amp;baud=2400 (address 1 to 255, baud 2400, 4800 or 9600).</translation>
    </message>
    <message>
        <source>All %1 preset numbers are in use.</source>
        <translation>All %1 preset numbers are in use.</translation>
    </message>
    <message>
        <source>Home (preset %1)</source>
        <translation>Home (preset %1)</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>Preset %1</translation>
    </message>
</context>
<context>
    <name>pantau::ptz::PelcoDSerialPort</name>
    <message>
        <source>No serial port is set for this Pelco-D camera.</source>
        <translation>No serial port is set for this Pelco-D camera.</translation>
    </message>
    <message>
        <source>%1 baud is not a Pelco-D speed: use 2400, 4800 or 9600.</source>
        <translation>%1 baud is not a Pelco-D speed: use 2400, 4800 or 9600.</translation>
    </message>
    <message>
        <source>Pelco-D address %1 is out of range: use 1 to 255.</source>
        <translation>Pelco-D address %1 is out of range: use 1 to 255.</translation>
    </message>
    <message>
        <source>The Pelco-D serial port %1 is not open.</source>
        <translation>The Pelco-D serial port %1 is not open.</translation>
    </message>
    <message>
        <source>Writing to the serial port %1 failed (%2).</source>
        <translation>Writing to the serial port %1 failed (%2).</translation>
    </message>
    <message>
        <source>Preset %1 does not exist: Pelco-D presets are 1 to 255.</source>
        <translation>Preset %1 does not exist: Pelco-D presets are 1 to 255.</translation>
    </message>
    <message>
        <source>Preset %1 is not sent: many Pelco-D cameras reserve 33, 34 and 92 to 99 for special functions (flip, menu, scan limits).</source>
        <translation>Preset %1 is not sent: many Pelco-D cameras reserve 33, 34 and 92 to 99 for special functions (flip, menu, scan limits).</translation>
    </message>
    <message>
        <source>Zoom speed %1 is out of range: use 0 to 3.</source>
        <translation>Zoom speed %1 is out of range: use 0 to 3.</translation>
    </message>
    <message>
        <source>The serial port %1 stopped working; is the RS-485 adaptor still plugged in? (%2)</source>
        <translation>The serial port %1 stopped working; is the RS-485 adaptor still plugged in? (%2)</translation>
    </message>
    <message>
        <source>The serial port %1 reported an error (%2).</source>
        <translation>The serial port %1 reported an error (%2).</translation>
    </message>
    <message>
        <source>The serial port %1 does not exist. Check that the RS-485 adaptor is plugged in and that the port name is right.</source>
        <translation>The serial port %1 does not exist. Check that the RS-485 adaptor is plugged in and that the port name is right.</translation>
    </message>
    <message>
        <source>Pantau may not open the serial port %1. Add this user to the &apos;dialout&apos; group (sudo adduser $USER dialout), then log out and in again. If the user is already a member, another program may be using the port.</source>
        <translation>Pantau may not open the serial port %1. Add this user to the &apos;dialout&apos; group (sudo adduser $USER dialout), then log out and in again. If the user is already a member, another program may be using the port.</translation>
    </message>
    <message>
        <source>The serial port %1 is already open.</source>
        <translation>The serial port %1 is already open.</translation>
    </message>
    <message>
        <source>The serial port %1 does not accept these settings (8 data bits, no parity, 1 stop bit at the chosen baud rate).</source>
        <translation>The serial port %1 does not accept these settings (8 data bits, no parity, 1 stop bit at the chosen baud rate).</translation>
    </message>
    <message>
        <source>The serial port %1 cannot be opened.</source>
        <translation>The serial port %1 cannot be opened.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>pantau::recording::RecorderClient</name>
    <message>
        <source>The recorder at %1 sent a reply Pantau cannot read.</source>
        <translation>The recorder at %1 sent a reply Pantau cannot read.</translation>
    </message>
    <message>
        <source>The recorder at %1 refused the password.</source>
        <translation>The recorder at %1 refused the password.</translation>
    </message>
    <message>
        <source>The recorder at %1 refuses logins for a while after wrong passwords.</source>
        <translation>The recorder at %1 refuses logins for a while after wrong passwords.</translation>
    </message>
    <message>
        <source>The recorder at %1 cannot be reached.</source>
        <translation>The recorder at %1 cannot be reached.</translation>
    </message>
</context>
<context>
    <name>pantau::recording::RecorderProgram</name>
    <message>
        <source>The archive folder %1 cannot be created.</source>
        <translation>The archive folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The footage index in %1 cannot be opened: %2</source>
        <translation>The footage index in %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>Not serving footage on %1: the password file %2 cannot be read (%3).</source>
        <translation>Not serving footage on %1: the password file %2 cannot be read (%3).</translation>
    </message>
    <message>
        <source>Not serving footage on %1: any address other than loopback needs a password (pantau-recorder --set-password).</source>
        <translation>Not serving footage on %1: any address other than loopback needs a password (pantau-recorder --set-password).</translation>
    </message>
    <message>
        <source>Cannot serve footage on %1: %2</source>
        <translation>Cannot serve footage on %1: %2</translation>
    </message>
    <message>
        <source>New password for this recorder:</source>
        <translation>New password for this recorder:</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The password cannot be saved in %1: %2</source>
        <translation>The password cannot be saved in %1: %2</translation>
    </message>
    <message>
        <source>Password saved in %1. Wall PCs connect with the user name pantau and this password.</source>
        <translation>Password saved in %1. Wall PCs connect with the user name pantau and this password.</translation>
    </message>
</context>
<context>
    <name>pantau::recording::RecorderService</name>
    <message>
        <source>The archive folder %1 is missing: is its disk connected?</source>
        <translation>The archive folder %1 is missing: is its disk connected?</translation>
    </message>
    <message numerus="yes">
        <source>The footage of %Ln camera(s) cannot be written: the disk is full, read-only or missing.</source>
        <translation>
            <numerusform>The footage of %Ln camera cannot be written: the disk is full, read-only or missing.</numerusform>
            <numerusform>The footage of %Ln cameras cannot be written: the disk is full, read-only or missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pantau::recording::RecordingPipeline</name>
    <message>
        <source>Only RTSP streams can be recorded, not &quot;%1&quot;.</source>
        <translation>Only RTSP streams can be recorded, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A GStreamer element needed for recording is missing (rtspsrc, splitmuxsink or mp4mux).</source>
        <translation>A GStreamer element needed for recording is missing (rtspsrc, splitmuxsink or mp4mux).</translation>
    </message>
    <message>
        <source>The recording could not be started.</source>
        <translation>The recording could not be started.</translation>
    </message>
    <message>
        <source>The camera refused the username or password.</source>
        <translation>The camera refused the username or password.</translation>
    </message>
    <message>
        <source>The footage cannot be written to the archive folder (full, read-only or missing).</source>
        <translation>The footage cannot be written to the archive folder (full, read-only or missing).</translation>
    </message>
    <message>
        <source>This stream cannot be recorded (only H.264 and H.265 can).</source>
        <translation>This stream cannot be recorded (only H.264 and H.265 can).</translation>
    </message>
    <message>
        <source>The camera cannot be reached.</source>
        <translation>The camera cannot be reached.</translation>
    </message>
    <message>
        <source>The camera ended the stream.</source>
        <translation>The camera ended the stream.</translation>
    </message>
    <message>
        <source>The camera stopped sending.</source>
        <translation>The camera stopped sending.</translation>
    </message>
</context>
<context>
    <name>pantau::recording::SiteFollower</name>
    <message>
        <source>Cannot read the site file %1: %2</source>
        <translation>Cannot read the site file %1: %2</translation>
    </message>
    <message>
        <source>The site file %1 is too large.</source>
        <translation>The site file %1 is too large.</translation>
    </message>
    <message>
        <source>The site file %1 cannot be used: %2</source>
        <translation>The site file %1 cannot be used: %2</translation>
    </message>
</context>
<context>
    <name>pantau::ui::ExportDialog</name>
    <message>
        <source>Export evidence</source>
        <translation>Export evidence</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Lock the recording (retention keeps it)</source>
        <translation>Lock the recording (retention keeps it)</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Not locked: %1</source>
        <translation>Not locked: %1</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <source>Choose at least one camera.</source>
        <translation>Choose at least one camera.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>The end must be after the start.</translation>
    </message>
    <message>
        <source>Choose the folder to export to.</source>
        <translation>Choose the folder to export to.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>No recording is known for this camera.</source>
        <translation>No recording is known for this camera.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
</TS>
