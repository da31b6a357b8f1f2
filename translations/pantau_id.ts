<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>CameraCsv</name>
    <message>
        <source>the text is not valid UTF-8 (save the file as &quot;CSV UTF-8&quot;)</source>
        <translation>teks bukan UTF-8 yang sah (simpan berkas sebagai &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; column contains control characters</source>
        <translation>kolom &quot;%1&quot; berisi karakter kontrol</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>nama kosong</translation>
    </message>
    <message>
        <source>a quoted field is never closed, so the rest of the file was not read</source>
        <translation>ada isian bertanda kutip yang tidak ditutup, sehingga sisa berkas tidak terbaca</translation>
    </message>
    <message>
        <source>there is text after the closing quote in the &quot;%1&quot; column</source>
        <translation>ada teks setelah tanda kutip penutup di kolom &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; column is longer than %2 bytes</source>
        <translation>kolom &quot;%1&quot; lebih panjang dari %2 bita</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 columns</source>
        <translation>baris ini berisi %1 isian, padahal baris judul berisi %2 kolom</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; must not contain spaces or control characters</source>
        <translation>id &quot;%1&quot; tidak boleh berisi spasi atau karakter kontrol</translation>
    </message>
    <message>
        <source>a camera with id &quot;%1&quot; already exists</source>
        <translation>kamera dengan id &quot;%1&quot; sudah ada</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used on line %2</source>
        <translation>id &quot;%1&quot; sudah dipakai di baris %2</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither</source>
        <translation>isi lintang dan bujur sekaligus, atau kosongkan keduanya</translation>
    </message>
    <message>
        <source>latitude &quot;%1&quot; is not a number</source>
        <translation>lintang &quot;%1&quot; bukan angka</translation>
    </message>
    <message>
        <source>latitude must be between -90 and 90</source>
        <translation>lintang harus antara -90 dan 90</translation>
    </message>
    <message>
        <source>longitude &quot;%1&quot; is not a number</source>
        <translation>bujur &quot;%1&quot; bukan angka</translation>
    </message>
    <message>
        <source>longitude must be between -180 and 180</source>
        <translation>bujur harus antara -180 dan 180</translation>
    </message>
    <message>
        <source>there is no main stream address (main_stream) and no ONVIF address (onvif)</source>
        <translation>tidak ada alamat aliran utama (main_stream) maupun alamat ONVIF (onvif)</translation>
    </message>
    <message>
        <source>the main stream address is not a valid RTSP or HTTP URL</source>
        <translation>alamat aliran utama bukan URL RTSP atau HTTP yang sah</translation>
    </message>
    <message>
        <source>the sub stream address is not a valid RTSP or HTTP URL</source>
        <translation>alamat aliran sekunder bukan URL RTSP atau HTTP yang sah</translation>
    </message>
    <message>
        <source>the ONVIF address is not a valid HTTP URL</source>
        <translation>alamat ONVIF bukan URL HTTP yang sah</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2 (use ya/tidak, yes/no, true/false or 1/0)</source>
        <translation>&quot;%1&quot; bukan nilai yang sah untuk %2 (gunakan ya/tidak, yes/no, true/false, atau 1/0)</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <source>the header row is not valid CSV (check its quotes)</source>
        <translation>baris judul bukan CSV yang sah (periksa tanda kutipnya)</translation>
    </message>
    <message>
        <source>the header has more than %1 columns</source>
        <translation>baris judul berisi lebih dari %1 kolom</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is not known and is ignored</source>
        <translation>kolom &quot;%1&quot; tidak dikenal dan diabaikan</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice in the header</source>
        <translation>kolom &quot;%1&quot; muncul dua kali di baris judul</translation>
    </message>
    <message>
        <source>the first row must be the header naming the columns, and it has no &quot;name&quot; column</source>
        <translation>baris pertama harus berupa baris judul yang berisi nama-nama kolom, dan tidak ada kolom &quot;name&quot; di sana</translation>
    </message>
    <message>
        <source>the header has neither a &quot;main_stream&quot; nor an &quot;onvif&quot; column</source>
        <translation>baris judul tidak berisi kolom &quot;main_stream&quot; maupun &quot;onvif&quot;</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; split it into smaller files.</source>
        <translation>Berkas lebih besar dari %1 MiB; pecah menjadi beberapa berkas yang lebih kecil.</translation>
    </message>
    <message>
        <source>The file is in UTF-16; save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Berkas memakai UTF-16; simpan sebagai &quot;CSV UTF-8&quot; lalu impor lagi.</translation>
    </message>
    <message>
        <source>the file contains binary data (NUL bytes); it is not a CSV text file</source>
        <translation>berkas berisi data biner (bita NUL); ini bukan berkas teks CSV</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Tidak ada yang dapat diimpor: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; split it into smaller files.</source>
        <translation>%1 lebih besar dari %2 MiB; pecah menjadi beberapa berkas yang lebih kecil.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>The file has more than %1 camera rows; split it into smaller files.</source>
        <translation>Berkas berisi lebih dari %1 baris kamera; pecah menjadi beberapa berkas yang lebih kecil.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more problem(s) not listed.</source>
        <translation>
            <numerusform>%Ln masalah lain tidak ditampilkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln camera(s) ready to import.</source>
        <translation>
            <numerusform>%Ln kamera siap diimpor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln camera(s) ready to import</source>
        <translation>
            <numerusform>%Ln kamera siap diimpor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with problems will be left out.</source>
        <translation>
            <numerusform>%Ln baris bermasalah tidak diikutkan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Opsi %1 memerlukan nilai.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use id or en.</source>
        <translation>Bahasa &quot;%1&quot; tidak dikenal; gunakan id atau en.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. See --help.</source>
        <translation>Opsi &quot;%1&quot; tidak dikenal. Lihat --help.</translation>
    </message>
    <message>
        <source>Start the embedded demo site: nine live synthetic cameras, no hardware needed.</source>
        <translation>Jalankan lokasi demo bawaan: sembilan kamera sintetis langsung, tanpa perangkat keras.</translation>
    </message>
    <message>
        <source>Open the saved video wall full screen on every screen (for the wall PC).</source>
        <translation>Buka dinding video tersimpan dalam layar penuh di setiap layar (untuk PC dinding video).</translation>
    </message>
    <message>
        <source>Interface language: id (Indonesian) or en (English).</source>
        <translation>Bahasa tampilan: id (Indonesia) atau en (Inggris).</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Tampilkan versi lalu keluar.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Tampilkan bantuan ini lalu keluar.</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>Penggunaan: %1 [opsi]</translation>
    </message>
    <message>
        <source>Pantau — video wall for CCTV command centres.</source>
        <translation>Pantau — dinding video untuk Command Center CCTV.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opsi:</translation>
    </message>
    <message>
        <source>Open the overview dashboard alone (for the Bupati&apos;s PC or a large screen).</source>
        <translation>Buka ringkasan saja (untuk PC Bupati atau layar besar).</translation>
    </message>
    <message>
        <source>Decode video on the processor only, even where the graphics card could decode it.</source>
        <translation>Dekode video hanya dengan prosesor (CPU), walaupun kartu grafis (GPU) sanggup melakukannya.</translation>
    </message>
    <message>
        <source>Unknown renderer &quot;%1&quot;; use auto, cpu or opengl.</source>
        <translation>Penggambar video &quot;%1&quot; tidak dikenal; gunakan auto, cpu atau opengl.</translation>
    </message>
    <message>
        <source>Who draws the video: auto (the graphics card when it has hardware OpenGL), cpu or opengl.</source>
        <translation>Siapa yang menggambar video: auto (kartu grafis bila punya OpenGL perangkat keras), cpu atau opengl.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BERKAS</translation>
    </message>
    <message>
        <source>Use %1 as the site file instead of the default one.</source>
        <translation>Gunakan %1 sebagai berkas lokasi, bukan berkas bawaan.</translation>
    </message>
    <message>
        <source>--recorder needs the recorder&apos;s address, for example http://10.0.0.5:7480.</source>
        <translation>--recorder perlu alamat perekam, misalnya http://10.0.0.5:7480.</translation>
    </message>
    <message>
        <source>Play back and export footage from the recorder at URL (default: this PC&apos;s, http://127.0.0.1:7480).</source>
        <translation>Putar ulang dan ekspor rekaman dari perekam di URL (bawaan: perekam PC ini, http://127.0.0.1:7480).</translation>
    </message>
    <message>
        <source>Read the recorder&apos;s password from %1 (its first line).</source>
        <translation>Baca kata sandi perekam dari %1 (baris pertamanya).</translation>
    </message>
</context>
<context>
    <name>CredentialFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>%1 can be read or changed by other users of this computer (%2). Pantau does not use it: make it readable only by you (chmod 600) or delete it and enter the passwords again.</source>
        <translation>%1 dapat dibaca atau diubah oleh pengguna lain di komputer ini (%2). Pantau tidak memakainya: buat agar hanya dapat dibaca oleh Anda (chmod 600), atau hapus berkas itu lalu masukkan lagi kata sandinya.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is larger than %2 KB.</source>
        <translation>%1 rusak: ukurannya lebih dari %2 KB.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 rusak: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Tidak dapat menyimpan %1: %2</translation>
    </message>
    <message>
        <source>%1 The passwords of its backup %2 are used; the damaged file is kept as %3.</source>
        <translation>%1 Pantau memakai kata sandi dari cadangannya, %2; berkas yang rusak disimpan sebagai %3.</translation>
    </message>
    <message>
        <source>%1 The passwords of its backup %2 are used.</source>
        <translation>%1 Pantau memakai kata sandi dari cadangannya, %2.</translation>
    </message>
    <message>
        <source>%1 Its backup cannot be used either: %2</source>
        <translation>%1 Cadangannya juga tidak dapat dipakai: %2</translation>
    </message>
    <message>
        <source>The damaged files are kept next to it; the passwords must be entered again.</source>
        <translation>Berkas yang rusak disimpan di folder yang sama; kata sandi harus dimasukkan lagi.</translation>
    </message>
    <message>
        <source>There is no backup; the damaged file is kept next to it and the passwords must be entered again.</source>
        <translation>Tidak ada cadangan; berkas yang rusak disimpan di folder yang sama dan kata sandi harus dimasukkan lagi.</translation>
    </message>
    <message>
        <source>Another Pantau is using %1; try again.</source>
        <translation>Pantau lain sedang memakai %1; coba lagi.</translation>
    </message>
    <message>
        <source>Cannot create the lock file next to %1.</source>
        <translation>Tidak dapat membuat berkas kunci di samping %1.</translation>
    </message>
    <message>
        <source>not a Pantau credentials file</source>
        <translation>bukan berkas kata sandi Pantau</translation>
    </message>
    <message>
        <source>the version is missing or invalid</source>
        <translation>versinya tidak ada atau tidak sah</translation>
    </message>
    <message>
        <source>written by a newer Pantau (version %1)</source>
        <translation>ditulis oleh Pantau yang lebih baru (versi %1)</translation>
    </message>
    <message>
        <source>&quot;passwords&quot; is not a list of names and passwords</source>
        <translation>&quot;passwords&quot; bukan daftar nama dan kata sandi</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is not a password</source>
        <translation>entri &quot;%1&quot; bukan kata sandi</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Tidak dapat membuat folder %1.</translation>
    </message>
    <message>
        <source>Cannot save %1.</source>
        <translation>Tidak dapat menyimpan %1.</translation>
    </message>
    <message>
        <source>%1 would grow beyond %2 KB; the password was not saved.</source>
        <translation>%1 akan melebihi %2 KB; kata sandi tidak disimpan.</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %L2)</source>
        <translation>bukan JSON yang sah (%1 pada bita ke-%L2)</translation>
    </message>
</context>
<context>
    <name>DashboardStateWords</name>
    <message>
        <source>Live</source>
        <translation>Langsung</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Terputus</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Menghubungkan ulang…</translation>
    </message>
    <message>
        <source>Stream error</source>
        <translation>Kesalahan aliran</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Autentikasi gagal</translation>
    </message>
</context>
<context>
    <name>DemoSite</name>
    <message>
        <source>Demo site — Musi Banyuasin</source>
        <translation>Lokasi demo — Musi Banyuasin</translation>
    </message>
    <message>
        <source>Overview 3x3</source>
        <translation>Ringkasan 3x3</translation>
    </message>
    <message>
        <source>Central Sekayu 2x2</source>
        <translation>Pusat Kota Sekayu 2x2</translation>
    </message>
    <message>
        <source>Crossroads 1+5</source>
        <translation>Simpang 1+5</translation>
    </message>
    <message>
        <source>Preparing the demo clips… %1%</source>
        <translation>Menyiapkan klip demo… %1%</translation>
    </message>
</context>
<context>
    <name>ErrorReason</name>
    <message>
        <source>the connection was refused</source>
        <translation>sambungan ditolak</translation>
    </message>
    <message>
        <source>the camera closed the connection</source>
        <translation>kamera menutup sambungan</translation>
    </message>
    <message>
        <source>the address was not found</source>
        <translation>alamat tidak ditemukan</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>waktu sambungan habis</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>sambungan aman gagal</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>jaringan tidak tersedia</translation>
    </message>
    <message>
        <source>the proxy server failed</source>
        <translation>server proxy gagal</translation>
    </message>
    <message>
        <source>the camera does not speak the expected protocol</source>
        <translation>kamera tidak memakai protokol yang diharapkan</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>kesalahan jaringan %1</translation>
    </message>
    <message>
        <source>an object is not closed</source>
        <translation>ada objek yang tidak ditutup</translation>
    </message>
    <message>
        <source>a list is not closed</source>
        <translation>ada daftar yang tidak ditutup</translation>
    </message>
    <message>
        <source>a text is not closed</source>
        <translation>ada teks yang tidak ditutup</translation>
    </message>
    <message>
        <source>a separator is missing</source>
        <translation>ada pemisah yang hilang</translation>
    </message>
    <message>
        <source>a value is not valid</source>
        <translation>ada nilai yang tidak sah</translation>
    </message>
    <message>
        <source>a text contains invalid characters</source>
        <translation>ada teks berisi karakter yang tidak sah</translation>
    </message>
    <message>
        <source>there is extra content after the end</source>
        <translation>ada isi tambahan setelah akhir dokumen</translation>
    </message>
    <message>
        <source>the document is too large or too deeply nested</source>
        <translation>dokumen terlalu besar atau bersarang terlalu dalam</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>bukan JSON yang sah</translation>
    </message>
</context>
<context>
    <name>EventTexts</name>
    <message>
        <source>Motion detected</source>
        <translation>Gerakan terdeteksi</translation>
    </message>
    <message>
        <source>Camera covered</source>
        <translation>Kamera tertutup</translation>
    </message>
    <message>
        <source>Camera out of focus</source>
        <translation>Kamera tidak fokus</translation>
    </message>
    <message>
        <source>Camera moved</source>
        <translation>Kamera dipindah</translation>
    </message>
    <message>
        <source>Camera offline</source>
        <translation>Kamera terputus</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Rekaman berhenti</translation>
    </message>
    <message>
        <source>Unknown event</source>
        <translation>Peristiwa tak dikenal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
</context>
<context>
    <name>EvidenceManifest</name>
    <message>
        <source>PANTAU EVIDENCE EXPORT</source>
        <translation>EKSPOR BARANG BUKTI PANTAU</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>tidak tercatat</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Requested range</source>
        <translation>Rentang yang diminta</translation>
    </message>
    <message>
        <source>Gaps without footage</source>
        <translation>Jeda tanpa rekaman</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Diekspor oleh</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Diekspor pada</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>Perekam</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln bita</numerusform>
        </translation>
    </message>
    <message>
        <source>The video was copied from the recording without re-encoding. Check the file with: sha256sum -c %1.sha256</source>
        <translation>Video disalin dari rekaman tanpa dikodekan ulang. Periksa berkas dengan: sha256sum -c %1.sha256</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>The grid must have 1 to %1 rows and columns.</source>
        <translation>Kisi harus memiliki 1 sampai %1 baris dan kolom.</translation>
    </message>
    <message>
        <source>A tile lies outside the grid.</source>
        <translation>Ada petak di luar kisi.</translation>
    </message>
    <message>
        <source>Two tiles overlap at row %1, column %2.</source>
        <translation>Dua petak bertumpuk di baris %1, kolom %2.</translation>
    </message>
    <message>
        <source>Some cells are not covered by any tile.</source>
        <translation>Ada sel yang tidak tertutup petak mana pun.</translation>
    </message>
</context>
<context>
    <name>OnvifError</name>
    <message>
        <source>Authentication failed: check the username and password.</source>
        <translation>Autentikasi gagal: periksa nama pengguna dan kata sandi.</translation>
    </message>
    <message>
        <source>The camera cannot be reached.</source>
        <translation>Kamera tidak dapat dijangkau.</translation>
    </message>
    <message>
        <source>The camera answered with an HTTP error.</source>
        <translation>Kamera menjawab dengan kesalahan HTTP.</translation>
    </message>
    <message>
        <source>The camera refused the request.</source>
        <translation>Kamera menolak permintaan.</translation>
    </message>
    <message>
        <source>The camera&apos;s reply is not valid ONVIF.</source>
        <translation>Jawaban kamera bukan ONVIF yang sah.</translation>
    </message>
    <message>
        <source>The camera&apos;s reply is too large and was rejected.</source>
        <translation>Jawaban kamera terlalu besar dan ditolak.</translation>
    </message>
    <message>
        <source>The camera&apos;s reply contains a document type declaration, which Pantau refuses for safety.</source>
        <translation>Jawaban kamera berisi deklarasi tipe dokumen (DOCTYPE), yang ditolak Pantau demi keamanan.</translation>
    </message>
    <message>
        <source>The camera does not offer this ONVIF service.</source>
        <translation>Kamera tidak menyediakan layanan ONVIF ini.</translation>
    </message>
    <message>
        <source>The address is not a valid camera address.</source>
        <translation>Alamat ini bukan alamat kamera yang sah.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The camera did not answer within %L1 s.</source>
        <translation>Kamera tidak menjawab dalam %L1 dtk.</translation>
    </message>
</context>
<context>
    <name>RecorderChoices</name>
    <message>
        <source>Type the recorder&apos;s address, for example 10.20.0.5 or http://10.20.0.5:7480.</source>
        <translation>Ketik alamat perekam, misalnya 10.20.0.5 atau http://10.20.0.5:7480.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recorder address. Type for example 10.20.0.5 or http://10.20.0.5:7480.</source>
        <translation>&quot;%1&quot; bukan alamat perekam. Ketik misalnya 10.20.0.5 atau http://10.20.0.5:7480.</translation>
    </message>
    <message>
        <source>The recorder answers plain HTTP: the address starts with http://, not %1://.</source>
        <translation>Perekam hanya melayani HTTP biasa: alamatnya diawali http://, bukan %1://.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: type it in the password field.</source>
        <translation>Jangan tulis kata sandi di alamat: ketik di kolom kata sandi.</translation>
    </message>
    <message>
        <source>Type only the recorder&apos;s host and port, without a path (for example http://10.20.0.5:7480).</source>
        <translation>Ketik host dan port perekam saja, tanpa apa pun sesudahnya (misalnya http://10.20.0.5:7480).</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Port harus berupa angka 1 sampai 65535.</translation>
    </message>
</context>
<context>
    <name>RecorderCommandLine</name>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Opsi %1 memerlukan nilai.</translation>
    </message>
    <message>
        <source>--segment-seconds must be a whole number from 2 to 3600.</source>
        <translation>--segment-seconds harus bilangan bulat dari 2 sampai 3600.</translation>
    </message>
    <message>
        <source>--disk-budget-gb must be a positive number of gigabytes.</source>
        <translation>--disk-budget-gb harus berupa jumlah gigabita yang positif.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use id or en.</source>
        <translation>Bahasa &quot;%1&quot; tidak dikenal; gunakan id atau en.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. See --help.</source>
        <translation>Opsi &quot;%1&quot; tidak dikenal. Lihat --help.</translation>
    </message>
    <message>
        <source>The site file to follow (default: this user&apos;s Pantau site, %1).</source>
        <translation>Berkas lokasi yang diikuti (bawaan: lokasi Pantau pengguna ini, %1).</translation>
    </message>
    <message>
        <source>Where footage and its index are kept (default: %1).</source>
        <translation>Tempat rekaman dan indeksnya disimpan (bawaan: %1).</translation>
    </message>
    <message>
        <source>The camera passwords file (default: this user&apos;s Pantau passwords, %1).</source>
        <translation>Berkas kata sandi kamera (bawaan: kata sandi Pantau pengguna ini, %1).</translation>
    </message>
    <message>
        <source>Length of each footage file in seconds (default: 60).</source>
        <translation>Panjang setiap berkas rekaman dalam detik (bawaan: 60).</translation>
    </message>
    <message>
        <source>Use at most N GB for footage (default: the whole disk, less a reserve kept free).</source>
        <translation>Pakai paling banyak N GB untuk rekaman (bawaan: seluruh disk, dikurangi cadangan ruang yang dibiarkan kosong).</translation>
    </message>
    <message>
        <source>Local socket where the recorder publishes its status (default: pantau-recorder).</source>
        <translation>Soket lokal tempat perekam mengumumkan statusnya (bawaan: pantau-recorder).</translation>
    </message>
    <message>
        <source>Interface language: id (Indonesian) or en (English).</source>
        <translation>Bahasa tampilan: id (Indonesia) atau en (Inggris).</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Tampilkan versi lalu keluar.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Tampilkan bantuan ini lalu keluar.</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>Penggunaan: %1 [opsi]</translation>
    </message>
    <message>
        <source>Pantau recorder — records the site&apos;s cameras around the clock, without a screen.</source>
        <translation>Perekam Pantau — merekam kamera di lokasi ini 24 jam sehari, tanpa layar.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opsi:</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BERKAS</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMA</translation>
    </message>
    <message>
        <source>This recorder&apos;s name in the site: it records the cameras given to %1 and those given to no recorder (default: this computer&apos;s name).</source>
        <translation>Nama perekam ini di lokasi: merekam kamera yang diserahkan ke %1 dan kamera yang tidak diserahkan ke perekam mana pun (bawaan: nama komputer ini).</translation>
    </message>
    <message>
        <source>--listen needs ADDRESS:PORT, for example 0.0.0.0:7480 or [::1]:7480.</source>
        <translation>--listen memerlukan ALAMAT:PORT, misalnya 0.0.0.0:7480 atau [::1]:7480.</translation>
    </message>
    <message>
        <source>Serve footage and status to other PCs over HTTP on this address and port, for example 0.0.0.0:7480 (default: off). Any address other than loopback needs a password.</source>
        <translation>Layani rekaman dan status ke PC lain lewat HTTP pada alamat dan port ini, misalnya 0.0.0.0:7480 (bawaan: mati). Alamat apa pun selain loopback memerlukan kata sandi.</translation>
    </message>
    <message>
        <source>The file holding the hash of the recorder&apos;s password (default: %1).</source>
        <translation>Berkas berisi hash kata sandi perekam (bawaan: %1).</translation>
    </message>
    <message>
        <source>Read a new password from standard input, store its hash in the password file, and exit.</source>
        <translation>Baca kata sandi baru dari masukan standar, simpan hash-nya di berkas kata sandi, lalu keluar.</translation>
    </message>
</context>
<context>
    <name>RetentionPolicy</name>
    <message>
        <source>The disk holds only %1 of the %2 days configured</source>
        <translation>Disk hanya cukup untuk %1 hari dari %2 hari yang diatur</translation>
    </message>
</context>
<context>
    <name>SiteFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB) to be a site file.</source>
        <translation>%1 terlalu besar (%2 MB) untuk sebuah berkas lokasi.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Tidak dapat membuat folder %1.</translation>
    </message>
    <message>
        <source>Another Pantau is saving %1; try again.</source>
        <translation>Pantau lain sedang menyimpan %1; coba lagi.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Tidak dapat menyimpan %1: %2</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be text.</source>
        <translation>Kolom &quot;%1&quot; harus berupa teks.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a whole number.</source>
        <translation>Kolom &quot;%1&quot; harus berupa bilangan bulat.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a list of text.</source>
        <translation>Kolom &quot;%1&quot; harus berupa daftar teks.</translation>
    </message>
    <message>
        <source>A camera entry is not an object.</source>
        <translation>Ada entri kamera yang bukan objek.</translation>
    </message>
    <message>
        <source>A camera has an empty id.</source>
        <translation>Ada kamera dengan id kosong.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be true or false.</source>
        <translation>Kolom &quot;%1&quot; harus bernilai true atau false.</translation>
    </message>
    <message>
        <source>Camera &quot;%1&quot; has an invalid stream address.</source>
        <translation>Kamera &quot;%1&quot; memiliki alamat aliran yang tidak sah.</translation>
    </message>
    <message>
        <source>A layout entry is not an object.</source>
        <translation>Ada entri tata letak yang bukan objek.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a list.</source>
        <translation>Kolom &quot;%1&quot; harus berupa daftar.</translation>
    </message>
    <message>
        <source>Layout &quot;%1&quot;: the grid must have 1 to %2 rows and columns.</source>
        <translation>Tata letak &quot;%1&quot;: kisi harus memiliki 1 sampai %2 baris dan kolom.</translation>
    </message>
    <message>
        <source>Layout &quot;%1&quot; has a tile that is not an object.</source>
        <translation>Tata letak &quot;%1&quot; memiliki petak yang bukan objek.</translation>
    </message>
    <message>
        <source>Layout &quot;%1&quot;: %2</source>
        <translation>Tata letak &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>This is not a Pantau site file.</source>
        <translation>Ini bukan berkas lokasi Pantau.</translation>
    </message>
    <message>
        <source>The site file has format version %1; this Pantau reads up to version %2.</source>
        <translation>Berkas lokasi memakai format versi %1; Pantau ini hanya dapat membaca sampai versi %2.</translation>
    </message>
    <message>
        <source>Two cameras share the id &quot;%1&quot;.</source>
        <translation>Dua kamera memakai id yang sama: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A wall entry is not an object.</source>
        <translation>Ada entri dinding video yang bukan objek.</translation>
    </message>
    <message>
        <source>Camera &quot;%1&quot; has an invalid location.</source>
        <translation>Kamera &quot;%1&quot; memiliki koordinat yang tidak sah.</translation>
    </message>
    <message>
        <source>Camera &quot;%1&quot; has an invalid PTZ control address.</source>
        <translation>Kamera &quot;%1&quot; memiliki alamat kontrol PTZ yang tidak sah.</translation>
    </message>
    <message>
        <source>Camera &quot;%1&quot; has an invalid ONVIF address.</source>
        <translation>Kamera &quot;%1&quot; memiliki alamat ONVIF yang tidak sah.</translation>
    </message>
    <message>
        <source>Camera &quot;%1&quot; has an invalid recording plan.</source>
        <translation>Kamera &quot;%1&quot; memiliki rencana rekaman yang tidak sah.</translation>
    </message>
    <message>
        <source>The file is damaged (%1 at byte %L2).</source>
        <translation>Berkas rusak (%1 pada bita ke-%L2).</translation>
    </message>
    <message>
        <source>Camera entry %1</source>
        <translation>Entri kamera %1</translation>
    </message>
</context>
<context>
    <name>SoapEnvelope</name>
    <message>
        <source>empty reply</source>
        <translation>jawaban kosong</translation>
    </message>
    <message>
        <source>no SOAP body</source>
        <translation>tidak ada isi SOAP</translation>
    </message>
    <message>
        <source>not well-formed XML</source>
        <translation>XML tidak tersusun dengan benar</translation>
    </message>
</context>
<context>
    <name>StreamErrorClassifier</name>
    <message>
        <source>the camera refused the username or password</source>
        <translation>kamera menolak nama pengguna atau kata sandi</translation>
    </message>
    <message>
        <source>the camera has no stream at this address</source>
        <translation>kamera tidak memiliki aliran di alamat ini</translation>
    </message>
    <message>
        <source>the camera cannot be reached</source>
        <translation>kamera tidak dapat dijangkau</translation>
    </message>
    <message>
        <source>the connection to the camera broke off</source>
        <translation>sambungan ke kamera terputus</translation>
    </message>
    <message>
        <source>the camera refused the stream settings</source>
        <translation>kamera menolak pengaturan aliran</translation>
    </message>
    <message>
        <source>the connection to the camera failed</source>
        <translation>sambungan ke kamera gagal</translation>
    </message>
    <message>
        <source>a GStreamer plug-in this stream needs is not installed</source>
        <translation>plug-in GStreamer yang dibutuhkan aliran ini belum terpasang</translation>
    </message>
    <message>
        <source>the video format could not be agreed</source>
        <translation>format video tidak dapat disepakati</translation>
    </message>
    <message>
        <source>the video player failed</source>
        <translation>pemutar video gagal</translation>
    </message>
    <message>
        <source>no decoder is installed for this video format</source>
        <translation>belum ada dekoder untuk format video ini</translation>
    </message>
    <message>
        <source>the stream is not video Pantau can play</source>
        <translation>aliran ini bukan video yang dapat diputar Pantau</translation>
    </message>
    <message>
        <source>the video could not be decoded</source>
        <translation>video tidak dapat didekode</translation>
    </message>
    <message>
        <source>the stream failed</source>
        <translation>aliran gagal</translation>
    </message>
</context>
<context>
    <name>StreamStatus</name>
    <message>
        <source>retrying in %1 s</source>
        <translation>menghubungkan ulang dalam %1 dtk</translation>
    </message>
    <message>
        <source>No stream</source>
        <translation>Tidak ada aliran</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Langsung</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Menghubungkan ulang…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Terputus</translation>
    </message>
    <message>
        <source>Authentication failed (check the username and password)</source>
        <translation>Autentikasi gagal (periksa nama pengguna dan kata sandi)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Kesalahan: %1</translation>
    </message>
</context>
<context>
    <name>TileOverlayPainter</name>
    <message>
        <source>Tile %1
Drag a camera here</source>
        <translation>Petak %1
Seret kamera ke sini</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Tidak tersedia</translation>
    </message>
    <message>
        <source>sub</source>
        <translation>sekunder</translation>
    </message>
    <message>
        <source>main</source>
        <translation>utama</translation>
    </message>
    <message>
        <source>%1 fps · %2 %3 · %4 · dropped %5</source>
        <translation>%1 fps · %2 %3 · %4 · dibuang %5</translation>
    </message>
    <message>
        <source>%1 (hardware)</source>
        <translation>%1 (perangkat keras)</translation>
    </message>
    <message>
        <source>This camera&apos;s settings cannot be used: %1</source>
        <translation>Pengaturan kamera ini tidak dapat dipakai: %1</translation>
    </message>
    <message>
        <source>RECORDED</source>
        <translation>REKAMAN</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LANGSUNG</translation>
    </message>
    <message>
        <source>No footage</source>
        <translation>Tidak ada rekaman</translation>
    </message>
</context>
<context>
    <name>pantau::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge event</source>
        <translation>Tanggapi peristiwa</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>Acknowledged by:</source>
        <translation>Ditanggapi oleh:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Waktu:</translation>
    </message>
    <message>
        <source>What was done, e.g. an officer was sent to check</source>
        <translation>Apa yang dilakukan, mis. petugas dikirim untuk memeriksa</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Tanggapi</translation>
    </message>
</context>
<context>
    <name>pantau::AlarmScreen</name>
    <message>
        <source>Acknowledge…</source>
        <translation>Tanggapi…</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
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
        <translation>Pengaturan peringatan</translation>
    </message>
    <message>
        <source>Priority per event kind</source>
        <translation>Prioritas per jenis peristiwa</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Keep events for:</source>
        <translation>Simpan peristiwa selama:</translation>
    </message>
    <message>
        <source>Automatic (on the wall PC only)</source>
        <translation>Otomatis (hanya di PC dinding video)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Nyala</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Mati</translation>
    </message>
    <message>
        <source>The camera of a new high-priority event pops up full screen on the chosen wall screen until it is acknowledged or Escape is pressed.</source>
        <translation>Kamera dari peristiwa baru berprioritas tinggi muncul di layar penuh pada layar dinding video yang dipilih sampai ditanggapi atau Escape ditekan.</translation>
    </message>
    <message>
        <source>Alarm screen:</source>
        <translation>Layar peringatan:</translation>
    </message>
    <message>
        <source>Cameras no tile shows are checked from their sub stream, keyframes only, this many at a time (taking turns every few minutes).</source>
        <translation>Kamera yang tidak tampil di petak mana pun diperiksa dari aliran sekundernya, hanya gambar kunci, sebanyak ini sekaligus (bergiliran setiap beberapa menit).</translation>
    </message>
    <message>
        <source>Cameras off the wall analysed at once:</source>
        <translation>Kamera di luar dinding video yang dianalisis sekaligus:</translation>
    </message>
</context>
<context>
    <name>pantau::Application</name>
    <message>
        <source>Welcome to Pantau</source>
        <translation>Selamat datang di Pantau</translation>
    </message>
    <message>
        <source>No site is configured yet.</source>
        <translation>Belum ada lokasi yang diatur.</translation>
    </message>
    <message>
        <source>Start with the demo site (nine live synthetic cameras in Musi Banyuasin, no hardware needed), or with an empty site to add your own cameras?</source>
        <translation>Mulai dengan lokasi demo (sembilan kamera sintetis langsung di Musi Banyuasin, tanpa perangkat keras), atau dengan lokasi kosong untuk menambahkan kamera sendiri?</translation>
    </message>
    <message>
        <source>Start the demo site</source>
        <translation>Mulai lokasi demo</translation>
    </message>
    <message>
        <source>Start an empty site</source>
        <translation>Mulai lokasi kosong</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Pantau</source>
        <translation>Pantau</translation>
    </message>
    <message>
        <source>The demo site could not start: %1</source>
        <translation>Lokasi demo tidak dapat dijalankan: %1</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>Berkas yang rusak disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>Pantau is using the last good copy of the site.</source>
        <translation>Pantau memakai salinan lokasi terakhir yang masih baik.</translation>
    </message>
    <message>
        <source>No good copy was found; Pantau started with an empty site.</source>
        <translation>Tidak ada salinan yang baik; Pantau dimulai dengan lokasi kosong.</translation>
    </message>
    <message>
        <source>The site file could not be read</source>
        <translation>Berkas lokasi tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Layout 1 (2x2)</source>
        <translation>Tata letak 1 (2x2)</translation>
    </message>
    <message>
        <source>Camera passwords</source>
        <translation>Kata sandi kamera</translation>
    </message>
    <message>
        <source>Some camera passwords could not be read:</source>
        <translation>Sebagian kata sandi kamera tidak dapat dibaca:</translation>
    </message>
    <message>
        <source>The event list could not be read</source>
        <translation>Daftar peristiwa tidak dapat dibaca</translation>
    </message>
    <message>
        <source>The file of past events was damaged. It was kept as %1, and a new, empty event list was started.</source>
        <translation>Berkas peristiwa lama rusak. Berkas itu disimpan sebagai %1, dan daftar peristiwa baru yang kosong dimulai.</translation>
    </message>
    <message>
        <source>The demo plays back the footage its own recorder makes on this PC.</source>
        <translation>Demo memutar ulang rekaman dari perekamnya sendiri di PC ini.</translation>
    </message>
    <message>
        <source>Pantau was started with --recorder: it reads that recorder until it is started without it.</source>
        <translation>Pantau dijalankan dengan --recorder: perekam itu yang dipakai sampai Pantau dijalankan tanpa opsi tersebut.</translation>
    </message>
    <message>
        <source>Footage recorder</source>
        <translation>Sumber rekaman</translation>
    </message>
    <message>
        <source>The recorder&apos;s password could not be kept: %1
Pantau uses it until it closes.</source>
        <translation>Kata sandi perekam tidak dapat disimpan: %1
Pantau tetap memakainya sampai ditutup.</translation>
    </message>
</context>
<context>
    <name>pantau::AreaHealthRow</name>
    <message numerus="yes">
        <source>%Ln offline</source>
        <translation>
            <numerusform>%Ln terputus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in trouble</source>
        <translation>
            <numerusform>%Ln bermasalah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checking</source>
        <translation>
            <numerusform>%Ln sedang diperiksa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln disabled</source>
        <translation>
            <numerusform>%Ln nonaktif</numerusform>
        </translation>
    </message>
    <message>
        <source>All online</source>
        <translation>Semua terhubung</translation>
    </message>
    <message>
        <source>No cameras</source>
        <translation>Tidak ada kamera</translation>
    </message>
</context>
<context>
    <name>pantau::CameraEditDialog</name>
    <message>
        <source>Give the camera a name.</source>
        <translation>Beri nama kamera.</translation>
    </message>
    <message>
        <source>Enter the main stream address, or read it from the camera through ONVIF.</source>
        <translation>Isi alamat aliran utama, atau baca dari kamera lewat ONVIF.</translation>
    </message>
    <message>
        <source>The main stream address is not a valid RTSP or HTTP address.</source>
        <translation>Alamat aliran utama bukan alamat RTSP atau HTTP yang sah.</translation>
    </message>
    <message>
        <source>The sub stream address is not a valid RTSP or HTTP address.</source>
        <translation>Alamat aliran sekunder bukan alamat RTSP atau HTTP yang sah.</translation>
    </message>
    <message>
        <source>The PTZ serial address must look like pelcod:/dev/ttyUSB0?address=1&amp;baud=2400.</source>
        <translation>Alamat serial PTZ harus berbentuk pelcod:/dev/ttyUSB0?address=1&amp;baud=2400.</translation>
    </message>
    <message>
        <source>The ONVIF address is not valid.</source>
        <translation>Alamat ONVIF tidak sah.</translation>
    </message>
    <message>
        <source>Enter the camera&apos;s address (for example 192.168.1.64) first.</source>
        <translation>Isi dulu alamat kamera (misalnya 192.168.1.64).</translation>
    </message>
    <message>
        <source>Waiting for the cameras being read to finish…</source>
        <translation>Menunggu kamera yang sedang dibaca selesai…</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)…</source>
        <translation>%1 (%2 dari %3)…</translation>
    </message>
    <message>
        <source>Found %1 %2: main stream %3×%4 %5%6.</source>
        <translation>Ditemukan %1 %2: aliran utama %3×%4 %5%6.</translation>
    </message>
    <message>
        <source>, sub stream %1×%2</source>
        <translation>, aliran sekunder %1×%2</translation>
    </message>
    <message>
        <source>Add camera</source>
        <translation>Tambah kamera</translation>
    </message>
    <message>
        <source>Edit camera</source>
        <translation>Ubah kamera</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
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
        <translation>Titik:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Pemilik:</translation>
    </message>
    <message>
        <source>ONVIF address:</source>
        <translation>Alamat ONVIF:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nama pengguna:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <source>Main stream:</source>
        <translation>Aliran utama:</translation>
    </message>
    <message>
        <source>Sub stream:</source>
        <translation>Aliran sekunder:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Koordinat:</translation>
    </message>
    <message>
        <source>PTZ over serial:</source>
        <translation>PTZ lewat serial:</translation>
    </message>
    <message>
        <source>rtsp://192.168.1.64:554/Streaming/Channels/101</source>
        <translation>rtsp://192.168.1.64:554/Streaming/Channels/101</translation>
    </message>
    <message>
        <source>optional: a smaller stream for small tiles</source>
        <translation>opsional: aliran lebih kecil untuk petak kecil</translation>
    </message>
    <message>
        <source>192.168.1.64 or http://host/onvif/device_service</source>
        <translation>192.168.1.64 atau http://host/onvif/device_service</translation>
    </message>
    <message>
        <source>Diskominfo, Dishub, Polres…</source>
        <translation>Diskominfo, Dishub, Polres…</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>pisahkan dengan koma</translation>
    </message>
    <message>
        <source>only for Pelco-D: pelcod:/dev/ttyUSB0?address=1&amp;baud=2400</source>
        <translation>khusus Pelco-D: pelcod:/dev/ttyUSB0?address=1&amp;baud=2400</translation>
    </message>
    <message>
        <source>Kept in the credential store, never in the site file.</source>
        <translation>Disimpan di penyimpanan kata sandi, tidak pernah di berkas lokasi.</translation>
    </message>
    <message>
        <source>Read from camera</source>
        <translation>Baca dari kamera</translation>
    </message>
    <message>
        <source>Camera can pan, tilt and zoom (PTZ)</source>
        <translation>Kamera bisa digeser, dimiringkan, dan diperbesar (PTZ)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Known coordinates</source>
        <translation>Koordinat diketahui</translation>
    </message>
    <message>
        <source>lat </source>
        <translation>lintang </translation>
    </message>
    <message>
        <source>long </source>
        <translation>bujur </translation>
    </message>
</context>
<context>
    <name>pantau::CameraFilterModel</name>
    <message>
        <source>%1: %2 of %3 cameras match the search</source>
        <translation>%1: %2 dari %3 kamera cocok dengan pencarian</translation>
    </message>
</context>
<context>
    <name>pantau::CameraRegistry</name>
    <message>
        <source>The password of &quot;%1&quot; could not be stored: %2</source>
        <translation>Kata sandi &quot;%1&quot; tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; could not be removed: %2</source>
        <translation>Kata sandi &quot;%1&quot; tidak dapat dihapus: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the streams could not be read through ONVIF: %2</source>
        <translation>&quot;%1&quot;: aliran tidak dapat dibaca lewat ONVIF: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>pantau::CameraTreeModel</name>
    <message>
        <source>No area</source>
        <translation>Tanpa wilayah</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (tidak valid)</translation>
    </message>
    <message>
        <source>%1
%2
This camera&apos;s entry in the site file cannot be used: %3</source>
        <translation>%1
%2
Entri kamera ini di berkas lokasi tidak dapat dipakai: %3</translation>
    </message>
    <message>
        <source>Green dot: live on the wall.</source>
        <translation>Titik hijau: tayang langsung di dinding video.</translation>
    </message>
    <message>
        <source>Yellow dot: connecting.</source>
        <translation>Titik kuning: sedang menghubungkan.</translation>
    </message>
    <message>
        <source>Yellow dot: connection lost, reconnecting.</source>
        <translation>Titik kuning: koneksi terputus, menghubungkan ulang.</translation>
    </message>
    <message>
        <source>Red dot: the camera refused the username or password.</source>
        <translation>Titik merah: kamera menolak nama pengguna atau kata sandi.</translation>
    </message>
    <message>
        <source>Red dot: the camera cannot be reached.</source>
        <translation>Titik merah: kamera tidak dapat dijangkau.</translation>
    </message>
    <message>
        <source>Red dot: the stream cannot be played.</source>
        <translation>Titik merah: aliran tidak dapat diputar.</translation>
    </message>
    <message>
        <source>Grey dot: not on the wall now, so its state is not known.</source>
        <translation>Titik abu-abu: tidak sedang tampil di dinding video, jadi keadaannya belum diketahui.</translation>
    </message>
</context>
<context>
    <name>pantau::ConsoleWindow</name>
    <message>
        <source>Could not save the site: %1</source>
        <translation>Lokasi tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>About Pantau</source>
        <translation>Tentang Pantau</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pantau %1&lt;/b&gt;&lt;br&gt;Video wall for CCTV command centres.&lt;br&gt;Licensed under the Apache License 2.0.</source>
        <translation>&lt;b&gt;Pantau %1&lt;/b&gt;&lt;br&gt;Dinding video untuk Command Center CCTV.&lt;br&gt;Berlisensi Apache License 2.0.</translation>
    </message>
    <message>
        <source>Screen %1 (%2)</source>
        <translation>Layar %1 (%2)</translation>
    </message>
    <message>
        <source>%1 tiles in a %2 × %3 grid</source>
        <translation>%1 petak dalam kisi %2 × %3</translation>
    </message>
    <message>
        <source>New layout %1</source>
        <translation>Tata letak baru %1</translation>
    </message>
    <message>
        <source>Delete layout</source>
        <translation>Hapus tata letak</translation>
    </message>
    <message>
        <source>Delete the layout &quot;%1&quot;?</source>
        <translation>Hapus tata letak &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Command Center</source>
        <translation>Command Center</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Search camera, area or tag…</source>
        <translation>Cari kamera, wilayah, atau tag…</translation>
    </message>
    <message>
        <source>Layouts</source>
        <translation>Tata letak</translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation>Layar:</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Baru…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Open video wall</source>
        <translation>Buka dinding video</translation>
    </message>
    <message>
        <source>Show tile statistics</source>
        <translation>Tampilkan statistik petak</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Tata Letak</translation>
    </message>
    <message>
        <source>&amp;New layout…</source>
        <translation>Tata letak &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Edit layout…</source>
        <translation>&amp;Ubah tata letak…</translation>
    </message>
    <message>
        <source>&amp;Delete layout</source>
        <translation>&amp;Hapus tata letak</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>T&amp;ampilan</translation>
    </message>
    <message>
        <source>Open video &amp;wall</source>
        <translation>Buka &amp;dinding video</translation>
    </message>
    <message>
        <source>Video wall &amp;full screen on every screen</source>
        <translation>Dinding video &amp;layar penuh di setiap layar</translation>
    </message>
    <message>
        <source>Tile &amp;statistics</source>
        <translation>&amp;Statistik petak</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Bahasa / Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Bant&amp;uan</translation>
    </message>
    <message>
        <source>&amp;About Pantau</source>
        <translation>Tentang &amp;Pantau</translation>
    </message>
    <message numerus="yes">
        <source>%Ln camera(s) · site file %1</source>
        <translation>
            <numerusform>%Ln kamera · berkas lokasi %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera passwords are kept in: %1</source>
        <translation>Kata sandi kamera disimpan di: %1</translation>
    </message>
    <message>
        <source>Camera &quot;%1&quot; added.</source>
        <translation>Kamera &quot;%1&quot; ditambahkan.</translation>
    </message>
    <message>
        <source>Delete the camera &quot;%1&quot;? Tiles that show it become empty.</source>
        <translation>Hapus kamera &quot;%1&quot;? Petak yang menampilkannya akan kosong.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln camera(s)? Tiles that show them become empty.</source>
        <translation>
            <numerusform>Hapus %Ln kamera? Petak yang menampilkannya akan kosong.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete camera</source>
        <translation>Hapus kamera</translation>
    </message>
    <message>
        <source>Import cameras from CSV</source>
        <translation>Impor kamera dari CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Berkas CSV (*.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Import cameras</source>
        <translation>Impor kamera</translation>
    </message>
    <message>
        <source>Nothing was imported; the site is unchanged.</source>
        <translation>Tidak ada yang diimpor; lokasi tidak berubah.</translation>
    </message>
    <message numerus="yes">
        <source>Add the %Ln good camera(s) to the site? Rows with problems are left out.</source>
        <translation>
            <numerusform>Tambahkan %Ln kamera yang valid ke lokasi? Baris yang bermasalah tidak diikutkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message numerus="yes">
        <source>%Ln camera(s) imported.</source>
        <translation>
            <numerusform>%Ln kamera diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cameras to CSV</source>
        <translation>Ekspor kamera ke CSV</translation>
    </message>
    <message>
        <source>cameras.csv</source>
        <translation>kamera.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export cameras</source>
        <translation>Ekspor kamera</translation>
    </message>
    <message numerus="yes">
        <source>%Ln camera(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln kamera diekspor ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import cameras from CSV…</source>
        <translation>&amp;Impor kamera dari CSV…</translation>
    </message>
    <message>
        <source>&amp;Export cameras to CSV…</source>
        <translation>&amp;Ekspor kamera ke CSV…</translation>
    </message>
    <message>
        <source>&amp;Cameras</source>
        <translation>&amp;Kamera</translation>
    </message>
    <message>
        <source>&amp;Add camera…</source>
        <translation>&amp;Tambah kamera…</translation>
    </message>
    <message>
        <source>&amp;Find cameras on the network…</source>
        <translation>&amp;Cari kamera di jaringan…</translation>
    </message>
    <message>
        <source>&amp;Edit camera…</source>
        <translation>&amp;Ubah kamera…</translation>
    </message>
    <message>
        <source>&amp;Delete camera</source>
        <translation>&amp;Hapus kamera</translation>
    </message>
    <message>
        <source>Add camera…</source>
        <translation>Tambah kamera…</translation>
    </message>
    <message>
        <source>Find on network…</source>
        <translation>Cari di jaringan…</translation>
    </message>
    <message>
        <source>&amp;Overview dashboard</source>
        <translation>&amp;Ringkasan</translation>
    </message>
    <message>
        <source>Overview dashboard</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>this session only (not saved)</source>
        <translation>hanya untuk sesi ini (tidak disimpan)</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Layar %1</translation>
    </message>
    <message>
        <source>Demo site</source>
        <translation>Lokasi demo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; full screen on the wall; Escape returns to the layout.</source>
        <translation>&quot;%1&quot; layar penuh di dinding video; Esc kembali ke tata letak.</translation>
    </message>
    <message>
        <source>Drag a camera onto a tile of the video wall; double-click it or press Enter to see it full screen.</source>
        <translation>Seret kamera ke petak dinding video; klik dua kali atau tekan Enter untuk melihatnya layar penuh.</translation>
    </message>
    <message>
        <source>live</source>
        <translation>langsung</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>menghubungkan</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>gangguan</translation>
    </message>
    <message>
        <source>not on the wall</source>
        <translation>tidak di dinding</translation>
    </message>
    <message>
        <source>Motion &amp;zones…</source>
        <translation>&amp;Zona gerak…</translation>
    </message>
    <message>
        <source>&amp;Alarm settings…</source>
        <translation>Pengaturan &amp;peringatan…</translation>
    </message>
    <message>
        <source>Footage &amp;recorder…</source>
        <translation>Sumber &amp;rekaman…</translation>
    </message>
</context>
<context>
    <name>pantau::DashboardWindow</name>
    <message>
        <source>Overview dashboard</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Camera overview</source>
        <translation>Ringkasan kamera</translation>
    </message>
    <message>
        <source>Camera overview — %1</source>
        <translation>Ringkasan kamera — %1</translation>
    </message>
    <message>
        <source>Worst first</source>
        <translation>Terburuk dulu</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Menurut nama</translation>
    </message>
    <message>
        <source>Order of the kecamatan: the largest share of cameras offline or in trouble first, or by name</source>
        <translation>Urutan kecamatan: yang kameranya paling banyak terputus atau bermasalah lebih dulu, atau menurut nama</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>kecamatan (kabupaten)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Terhubung</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Terputus</translation>
    </message>
    <message>
        <source>In trouble</source>
        <translation>Bermasalah</translation>
    </message>
    <message>
        <source>Reconnecting, login refused or a stream error</source>
        <translation>Menghubungkan ulang, login ditolak, atau kesalahan aliran</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <source>No kecamatan</source>
        <translation>Tanpa kecamatan</translation>
    </message>
    <message>
        <source>All cameras</source>
        <translation>Semua kamera</translation>
    </message>
    <message>
        <source>Kecamatan %1</source>
        <translation>Kecamatan %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln camera(s)</source>
        <translation>
            <numerusform>%1 — %Ln kamera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checking</source>
        <translation>
            <numerusform>%Ln sedang diperiksa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln disabled</source>
        <translation>
            <numerusform>%Ln nonaktif</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Merekam</translation>
    </message>
    <message numerus="yes">
        <source>of %Ln camera(s)</source>
        <translation>
            <numerusform>dari %Ln kamera</numerusform>
        </translation>
    </message>
    <message>
        <source>disk holds %1 days</source>
        <translation>disk cukup untuk %1 hari</translation>
    </message>
    <message numerus="yes">
        <source>disk holds %Ln hour(s)</source>
        <translation>
            <numerusform>disk cukup untuk %Ln jam</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pantau::DiscoveryDialog</name>
    <message>
        <source>&quot;%1&quot; is not an IP address (optionally with :port).</source>
        <translation>&quot;%1&quot; bukan alamat IP (boleh diikuti :port).</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Menunggu…</translation>
    </message>
    <message>
        <source>Tick the cameras to add first.</source>
        <translation>Centang dulu kamera yang akan ditambahkan.</translation>
    </message>
    <message>
        <source>Added: main %1×%2 %3, sub %4×%5</source>
        <translation>Ditambahkan: utama %1×%2 %3, sekunder %4×%5</translation>
    </message>
    <message>
        <source>Added: main %1×%2 %3, no sub stream</source>
        <translation>Ditambahkan: utama %1×%2 %3, tanpa aliran sekunder</translation>
    </message>
    <message>
        <source>Adding cameras… %1 added, %2 failed</source>
        <translation>Menambahkan kamera… %1 ditambahkan, %2 gagal</translation>
    </message>
    <message numerus="yes">
        <source>%1 added, %2 failed. %Ln camera(s) found.</source>
        <translation>
            <numerusform>%1 ditambahkan, %2 gagal. %Ln kamera ditemukan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching… %Ln camera(s) found so far.</source>
        <translation>
            <numerusform>Mencari… sejauh ini %Ln kamera ditemukan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln camera(s) found</source>
        <translation>
            <numerusform>%Ln kamera ditemukan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticked</source>
        <translation>
            <numerusform>%Ln dicentang</numerusform>
        </translation>
    </message>
    <message>
        <source>Find cameras on the network</source>
        <translation>Cari kamera di jaringan</translation>
    </message>
    <message>
        <source>Search this network</source>
        <translation>Cari di jaringan ini</translation>
    </message>
    <message>
        <source>e.g. 10.20.30.40</source>
        <translation>mis. 10.20.30.40</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Username and password for the ticked cameras:</source>
        <translation>Nama pengguna dan kata sandi untuk kamera yang dicentang:</translation>
    </message>
    <message>
        <source>username</source>
        <translation>nama pengguna</translation>
    </message>
    <message>
        <source>password</source>
        <translation>kata sandi</translation>
    </message>
    <message>
        <source>Put them in the area:</source>
        <translation>Masukkan ke wilayah:</translation>
    </message>
    <message>
        <source>e.g. Musi Banyuasin / Sekayu / Balai Agung</source>
        <translation>mis. Musi Banyuasin / Sekayu / Balai Agung</translation>
    </message>
    <message>
        <source>Add ticked cameras</source>
        <translation>Tambah yang dicentang</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Already added</source>
        <translation>Sudah ditambahkan</translation>
    </message>
    <message>
        <source>Or probe an address:</source>
        <translation>Atau periksa alamat:</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation>Belum ada yang dikirim.</translation>
    </message>
    <message>
        <source>A search sends a multicast probe (WS-Discovery) on the local network; the ONVIF cameras on it answer. Cameras on another network (a fibre ring, a VLAN) do not hear it: type their address to ask them directly.</source>
        <translation>Pencarian mengirim probe multicast (WS-Discovery) ke jaringan lokal; kamera ONVIF di jaringan itu menjawab. Kamera di jaringan lain (ring fiber optik, VLAN) tidak mendengarnya: ketik alamatnya untuk menanyainya langsung.</translation>
    </message>
</context>
<context>
    <name>pantau::EventsPanel</name>
    <message>
        <source>Events</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Kapan saja</translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s)</source>
        <translation>
            <numerusform>%n jam terakhir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>%n hari terakhir</numerusform>
        </translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <source>Unacknowledged only</source>
        <translation>Belum ditanggapi</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Tanggapi…</translation>
    </message>
    <message>
        <source>Record who answered this event, when, and what was done</source>
        <translation>Catat siapa yang menanggapi peristiwa ini, kapan, dan apa yang dilakukan</translation>
    </message>
    <message>
        <source>Open camera</source>
        <translation>Buka kamera</translation>
    </message>
    <message>
        <source>The camera full screen: the footage from 5 s before the event where it is recorded, live otherwise (also a double-click on the event)</source>
        <translation>Kamera di layar penuh: rekaman mulai 5 detik sebelum peristiwa bila terekam, selain itu siaran langsung (juga dengan klik ganda pada peristiwa)</translation>
    </message>
    <message>
        <source>Mute 5 minutes</source>
        <translation>Bisukan 5 menit</translation>
    </message>
    <message>
        <source>Mute 15 minutes</source>
        <translation>Bisukan 15 menit</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n peristiwa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, still going on</source>
        <translation>%1, masih berlangsung</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation>Ditanggapi oleh %1 pukul %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unacknowledged</source>
        <translation>Belum ditanggapi</translation>
    </message>
    <message>
        <source>Alarm sound on</source>
        <translation>Suara peringatan aktif</translation>
    </message>
    <message>
        <source>Alarm sound muted until %1</source>
        <translation>Suara peringatan dibisukan sampai %1</translation>
    </message>
</context>
<context>
    <name>pantau::FileCredentialStore</name>
    <message>
        <source>file readable only by you: %1 (not encrypted; its permissions are its only protection)</source>
        <translation>berkas yang hanya dapat dibaca oleh Anda: %1 (tidak terenkripsi; hanya dilindungi oleh izin berkasnya)</translation>
    </message>
</context>
<context>
    <name>pantau::KeychainCredentialStore</name>
    <message>
        <source>The desktop secret store failed: %1</source>
        <translation>Penyimpanan rahasia desktop gagal: %1</translation>
    </message>
    <message>
        <source>desktop secret store (%1)</source>
        <translation>penyimpanan rahasia desktop (%1)</translation>
    </message>
    <message>
        <source>The desktop secret store did not answer within %1 ms.</source>
        <translation>Penyimpanan rahasia desktop tidak menjawab dalam %1 ms.</translation>
    </message>
    <message>
        <source>The desktop secret store did not return what was stored.</source>
        <translation>Penyimpanan rahasia desktop tidak mengembalikan data yang disimpan.</translation>
    </message>
</context>
<context>
    <name>pantau::LayoutEditorDialog</name>
    <message>
        <source>Layout editor</source>
        <translation>Penyunting tata letak</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Rows × columns:</source>
        <translation>Baris × kolom:</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Mulai dari:</translation>
    </message>
    <message>
        <source>Merge cells</source>
        <translation>Gabungkan sel</translation>
    </message>
    <message>
        <source>Split tile</source>
        <translation>Pisahkan petak</translation>
    </message>
    <message>
        <source>Drag across cells to select them, then merge them into one large tile. Click a large tile to select it for splitting.</source>
        <translation>Seret melintasi beberapa sel untuk memilihnya, lalu gabungkan menjadi satu petak besar. Klik petak besar untuk memilihnya sebelum dipisahkan.</translation>
    </message>
    <message>
        <source>e.g. Crossroads Sekayu</source>
        <translation>mis. Simpang Sekayu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message numerus="yes">
        <source>No free tile is left for %Ln camera(s): %1. Merge anyway? The layout will no longer show them.</source>
        <translation>
            <numerusform>Tidak ada petak kosong untuk %Ln kamera: %1. Tetap gabungkan? Kamera itu tidak akan tampil lagi di tata letak ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>Simpan tata letak</translation>
    </message>
    <message numerus="yes">
        <source>%Ln camera(s) of this layout have no tile now: %1. Save anyway?</source>
        <translation>
            <numerusform>%Ln kamera dari tata letak ini kini tidak mendapat petak: %1. Tetap simpan?</numerusform>
        </translation>
    </message>
    <message>
        <source>This layout (%1 × %2)</source>
        <translation>Tata letak ini (%1 × %2)</translation>
    </message>
    <message>
        <source>No tile for: %1. They come back when a tile is free (split, a larger grid).</source>
        <translation>Tidak mendapat petak: %1. Kamera ini kembali begitu ada petak kosong (pisahkan petak, atau pilih kisi yang lebih besar).</translation>
    </message>
    <message>
        <source>Choosing a grid applies it; the cameras keep their tiles in reading order</source>
        <translation>Pola yang dipilih langsung diterapkan; kamera mengisi petak berurutan dari kiri atas</translation>
    </message>
</context>
<context>
    <name>pantau::LayoutWorkingCopies</name>
    <message>
        <source>revert to the saved layout</source>
        <translation>pengembalian ke tata letak tersimpan</translation>
    </message>
</context>
<context>
    <name>pantau::MosaicView</name>
    <message>
        <source>Disabled</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>No cameras here.</source>
        <translation>Tidak ada kamera di sini.</translation>
    </message>
</context>
<context>
    <name>pantau::OnlineChartView</name>
    <message>
        <source>Cameras online, last 24 hours</source>
        <translation>Kamera terhubung, 24 jam terakhir</translation>
    </message>
    <message>
        <source>cameras</source>
        <translation>kamera</translation>
    </message>
    <message>
        <source>now</source>
        <translation>sekarang</translation>
    </message>
    <message>
        <source>online / %1 %2</source>
        <translation>terhubung / %1 %2</translation>
    </message>
</context>
<context>
    <name>pantau::PtzPanel</name>
    <message>
        <source>Save preset position</source>
        <translation>Simpan posisi preset</translation>
    </message>
    <message>
        <source>Name of the position:</source>
        <translation>Nama posisi:</translation>
    </message>
    <message>
        <source>Position %1</source>
        <translation>Posisi %1</translation>
    </message>
    <message>
        <source>Rename preset position</source>
        <translation>Ganti nama posisi preset</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nama baru:</translation>
    </message>
    <message>
        <source>Delete preset position</source>
        <translation>Hapus posisi preset</translation>
    </message>
    <message>
        <source>Delete the preset position &quot;%1&quot;?</source>
        <translation>Hapus posisi preset &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>PTZ: %1</source>
        <translation>PTZ: %1</translation>
    </message>
    <message>
        <source>Drag from the centre of the tile to move, wheel to zoom, click to centre. Arrow keys and +/- also work.</source>
        <translation>Seret dari tengah petak untuk menggeser, putar roda mouse untuk zoom, klik untuk memusatkan. Tombol panah dan +/- juga bisa dipakai.</translation>
    </message>
    <message>
        <source>Go to preset</source>
        <translation>Ke posisi preset</translation>
    </message>
    <message>
        <source>Save position…</source>
        <translation>Simpan posisi…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Ganti nama…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Home position</source>
        <translation>Posisi awal</translation>
    </message>
    <message>
        <source>Set as home</source>
        <translation>Jadikan posisi awal</translation>
    </message>
</context>
<context>
    <name>pantau::RecorderDialog</name>
    <message>
        <source>Footage recorder</source>
        <translation>Sumber rekaman</translation>
    </message>
    <message>
        <source>Playback and evidence export read footage from this recorder: this PC&apos;s own, or the recorder PC of the site.</source>
        <translation>Putar ulang dan ekspor bukti mengambil rekaman dari perekam ini: perekam di PC ini sendiri, atau PC perekam di lokasi.</translation>
    </message>
    <message>
        <source>for example http://10.20.0.5:7480</source>
        <translation>misalnya http://10.20.0.5:7480</translation>
    </message>
    <message>
        <source>Recorder address:</source>
        <translation>Alamat perekam:</translation>
    </message>
    <message>
        <source>none (a recorder on this PC)</source>
        <translation>tidak ada (perekam di PC ini)</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Uji sambungan</translation>
    </message>
    <message>
        <source>Asking the recorder at %1…</source>
        <translation>Menghubungi perekam di %1…</translation>
    </message>
    <message>
        <source>Connected: the recorder at %1 records %2 of its %3 cameras.</source>
        <translation>Tersambung: perekam di %1 merekam %2 dari %3 kameranya.</translation>
    </message>
    <message>
        <source>The password set on the recorder with pantau-recorder --set-password. Pantau keeps it in: %1.</source>
        <translation>Kata sandi yang dipasang di perekam dengan pantau-recorder --set-password. Pantau menyimpannya di: %1.</translation>
    </message>
</context>
<context>
    <name>pantau::StreamPipeline</name>
    <message>
        <source>GStreamer element &quot;%1&quot; is missing; install the GStreamer plug-in packages.</source>
        <translation>Elemen GStreamer &quot;%1&quot; tidak ada; pasang paket plug-in GStreamer.</translation>
    </message>
    <message>
        <source>Unsupported stream address &quot;%1&quot;.</source>
        <translation>Alamat aliran &quot;%1&quot; tidak didukung.</translation>
    </message>
    <message>
        <source>The stream could not be started.</source>
        <translation>Aliran tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>The camera ended the stream.</source>
        <translation>Kamera menghentikan aliran.</translation>
    </message>
    <message>
        <source>No picture for %1 s.</source>
        <translation>Tidak ada gambar selama %1 detik.</translation>
    </message>
    <message>
        <source>The camera does not answer.</source>
        <translation>Kamera tidak menjawab.</translation>
    </message>
</context>
<context>
    <name>pantau::TileView</name>
    <message>
        <source>Full screen</source>
        <translation>Layar penuh</translation>
    </message>
    <message>
        <source>Show statistics</source>
        <translation>Tampilkan statistik</translation>
    </message>
    <message>
        <source>Remove camera from tile</source>
        <translation>Hapus kamera dari petak</translation>
    </message>
    <message>
        <source>Play back this tile</source>
        <translation>Putar ulang petak ini</translation>
    </message>
    <message>
        <source>Motion zones…</source>
        <translation>Zona gerak…</translation>
    </message>
</context>
<context>
    <name>pantau::WallView</name>
    <message>
        <source>camera on tile %1</source>
        <translation>kamera di petak %1</translation>
    </message>
    <message>
        <source>emptying tile %1</source>
        <translation>pengosongan petak %1</translation>
    </message>
    <message>
        <source>swap of tiles %1 and %2</source>
        <translation>pertukaran petak %1 dan %2</translation>
    </message>
</context>
<context>
    <name>pantau::WallWindow</name>
    <message>
        <source>no layout</source>
        <translation>tanpa tata letak</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Tata letak</translation>
    </message>
    <message>
        <source>Show statistics</source>
        <translation>Tampilkan statistik</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Keluar dari layar penuh</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Layar penuh</translation>
    </message>
    <message>
        <source>Operator console</source>
        <translation>Konsol operator</translation>
    </message>
    <message>
        <source>Video wall — screen %1 — %2</source>
        <translation>Dinding video — layar %1 — %2</translation>
    </message>
    <message>
        <source>Close the video wall</source>
        <translation>Tutup dinding video</translation>
    </message>
    <message>
        <source>Close the video wall? The command centre&apos;s screens will go blank.</source>
        <translation>Tutup dinding video? Layar pusat komando akan kosong.</translation>
    </message>
    <message>
        <source>Window full screen</source>
        <translation>Jendela layar penuh</translation>
    </message>
    <message>
        <source>Timeline and playback</source>
        <translation>Lini masa dan putar ulang</translation>
    </message>
    <message>
        <source>Export footage…</source>
        <translation>Ekspor rekaman…</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Urungkan: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Ulangi: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Video wall — screen %1 — %2 (changed, not saved)</source>
        <translation>Dinding video — layar %1 — %2 (diubah, belum disimpan)</translation>
    </message>
    <message>
        <source>Save to layout</source>
        <translation>Simpan ke tata letak</translation>
    </message>
    <message>
        <source>Revert to the saved layout</source>
        <translation>Kembalikan ke tata letak tersimpan</translation>
    </message>
</context>
<context>
    <name>pantau::WorkingCopyBar</name>
    <message>
        <source>Changed: this window no longer shows the saved layout “%1”. Save the change to the layout, or revert to it.</source>
        <translation>Diubah: jendela ini tidak lagi menampilkan tata letak tersimpan “%1”. Simpan perubahan ke tata letak, atau kembalikan.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Urungkan perubahan terakhir (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Save to layout</source>
        <translation>Simpan ke tata letak</translation>
    </message>
    <message>
        <source>The layout “%1” shows this on every screen and after a restart</source>
        <translation>Tata letak “%1” akan menampilkan ini di semua layar dan setelah komputer dinyalakan ulang</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <source>Show the saved layout again (Ctrl+Z brings the change back)</source>
        <translation>Tampilkan lagi tata letak tersimpan (Ctrl+Z memunculkan kembali perubahan)</translation>
    </message>
</context>
<context>
    <name>pantau::ZoneCanvas</name>
    <message>
        <source>No picture from this camera yet.</source>
        <translation>Belum ada gambar dari kamera ini.</translation>
    </message>
</context>
<context>
    <name>pantau::ZoneEditorDialog</name>
    <message>
        <source>Motion zones: %1</source>
        <translation>Zona gerak: %1</translation>
    </message>
    <message>
        <source>Watched zone</source>
        <translation>Zona pantau</translation>
    </message>
    <message>
        <source>Ignored area</source>
        <translation>Area diabaikan</translation>
    </message>
    <message>
        <source>Delete polygon</source>
        <translation>Hapus poligon</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Poligon</translation>
    </message>
    <message>
        <source>Detect motion</source>
        <translation>Deteksi gerakan</translation>
    </message>
    <message>
        <source>The smallest moving object that counts, as a share of the picture.</source>
        <translation>Benda bergerak terkecil yang dihitung, sebagai bagian dari luas gambar.</translation>
    </message>
    <message>
        <source>always (e.g. 22:00-05:00)</source>
        <translation>selalu (mis. 22:00-05:00)</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Kepekaan</translation>
    </message>
    <message>
        <source>Minimum object size</source>
        <translation>Ukuran benda minimum</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Deteksi</translation>
    </message>
    <message>
        <source>Click to add points; double-click or Enter closes the polygon. Drag a point to move it, click an edge to add one. Right-click or Delete removes a point; right-click inside a polygon removes it. Red: what the detector sees moving.</source>
        <translation>Klik untuk menambah titik; klik ganda atau Enter menutup poligon. Seret titik untuk memindahkannya, klik tepi untuk menambah titik. Klik kanan atau Delete menghapus titik; klik kanan di dalam poligon menghapus poligon. Merah: yang dilihat detektor sebagai gerakan.</translation>
    </message>
    <message>
        <source>The saved motion settings of this camera could not be read (%1); saving replaces them.</source>
        <translation>Pengaturan gerak kamera ini yang tersimpan tidak dapat dibaca (%1); menyimpan akan menggantinya.</translation>
    </message>
    <message>
        <source>Write times like 22:00-05:00, or leave empty for always.</source>
        <translation>Tulis waktu seperti 22:00-05:00, atau kosongkan untuk selalu.</translation>
    </message>
    <message>
        <source>The zones could not be saved: %1</source>
        <translation>Zona tidak dapat disimpan: %1</translation>
    </message>
</context>
<context>
    <name>pantau::onvif::OnvifOnboarding</name>
    <message>
        <source>Reading the camera&apos;s clock</source>
        <translation>Membaca jam kamera</translation>
    </message>
    <message>
        <source>Reading the camera&apos;s model</source>
        <translation>Membaca model kamera</translation>
    </message>
    <message>
        <source>Reading the camera&apos;s services</source>
        <translation>Membaca layanan kamera</translation>
    </message>
    <message>
        <source>Reading the video profiles</source>
        <translation>Membaca profil video</translation>
    </message>
    <message>
        <source>Reading the stream addresses</source>
        <translation>Membaca alamat aliran</translation>
    </message>
    <message>
        <source>no RTSP stream</source>
        <translation>tidak ada aliran RTSP</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>no media service</source>
        <translation>tidak ada layanan media</translation>
    </message>
    <message>
        <source>the camera has no media profiles</source>
        <translation>kamera tidak punya profil media</translation>
    </message>
</context>
<context>
    <name>pantau::playback::EvidenceExporter</name>
    <message>
        <source>The export folder %1 is full.</source>
        <translation>Folder ekspor %1 penuh.</translation>
    </message>
    <message>
        <source>The export file in %1 cannot be written (%2).</source>
        <translation>Berkas ekspor di %1 tidak dapat ditulis (%2).</translation>
    </message>
    <message>
        <source>The recorder at %1 refused the password.</source>
        <translation>Perekam di %1 menolak kata sandi.</translation>
    </message>
    <message>
        <source>The recorder at %1 cannot be reached.</source>
        <translation>Perekam di %1 tidak dapat dihubungi.</translation>
    </message>
    <message>
        <source>The recorder at %1 no longer has a recorded file of this range.</source>
        <translation>Perekam di %1 tidak lagi menyimpan berkas rekaman rentang ini.</translation>
    </message>
    <message>
        <source>A recorded file cannot be read (%1).</source>
        <translation>Berkas rekaman tidak dapat dibaca (%1).</translation>
    </message>
    <message>
        <source>A GStreamer element needed for the export is missing (%1).</source>
        <translation>Elemen GStreamer yang diperlukan untuk ekspor tidak ada (%1).</translation>
    </message>
    <message>
        <source>The export&apos;s reading pipeline cannot be built.</source>
        <translation>Pipeline pembaca untuk ekspor tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The export&apos;s writing pipeline cannot be built.</source>
        <translation>Pipeline penulis untuk ekspor tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>There is no recording of %1 in the chosen range.</source>
        <translation>Tidak ada rekaman %1 pada rentang yang dipilih.</translation>
    </message>
    <message>
        <source>The export folder %1 cannot be created.</source>
        <translation>Folder ekspor %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The export file in %1 cannot be written.</source>
        <translation>Berkas ekspor di %1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>The export file in %1 cannot be read back.</source>
        <translation>Berkas ekspor di %1 tidak dapat dibaca kembali.</translation>
    </message>
</context>
<context>
    <name>pantau::playback::ExportQueue</name>
    <message>
        <source>An export is already running.</source>
        <translation>Ekspor lain sedang berjalan.</translation>
    </message>
</context>
<context>
    <name>pantau::playback::GoToTimeDialog</name>
    <message>
        <source>Go to time</source>
        <translation>Ke waktu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
</context>
<context>
    <name>pantau::playback::LocalArchiveSource</name>
    <message>
        <source>This PC</source>
        <translation>PC ini</translation>
    </message>
    <message>
        <source>The footage on this PC cannot be read.</source>
        <translation>Rekaman di PC ini tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The footage on this PC could not be locked.</source>
        <translation>Rekaman di PC ini tidak dapat dikunci.</translation>
    </message>
</context>
<context>
    <name>pantau::playback::PlaybackBar</name>
    <message>
        <source>−1 min</source>
        <translation>−1 mnt</translation>
    </message>
    <message>
        <source>Back 1 minute (Shift+Left)</source>
        <translation>Mundur 1 menit (Shift+Kiri)</translation>
    </message>
    <message>
        <source>−10 s</source>
        <translation>−10 dtk</translation>
    </message>
    <message>
        <source>Back 10 seconds (Left)</source>
        <translation>Mundur 10 detik (Kiri)</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 dtk</translation>
    </message>
    <message>
        <source>Forward 10 seconds (Right)</source>
        <translation>Maju 10 detik (Kanan)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 mnt</translation>
    </message>
    <message>
        <source>Forward 1 minute (Shift+Right)</source>
        <translation>Maju 1 menit (Shift+Kanan)</translation>
    </message>
    <message>
        <source>Previous frame (comma, while paused)</source>
        <translation>Gambar sebelumnya (koma, saat dijeda)</translation>
    </message>
    <message>
        <source>Next frame (full stop, while paused)</source>
        <translation>Gambar berikutnya (titik, saat dijeda)</translation>
    </message>
    <message>
        <source>Play backwards</source>
        <translation>Putar mundur</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Putar atau jeda (Spasi)</translation>
    </message>
    <message>
        <source>Speed; negative plays backwards</source>
        <translation>Kecepatan; negatif berarti mundur</translation>
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
        <translation>Ke waktu…</translation>
    </message>
    <message>
        <source>Show the footage of a date and time</source>
        <translation>Tampilkan rekaman pada tanggal dan jam tertentu</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LANGSUNG</translation>
    </message>
    <message>
        <source>Back to the live picture</source>
        <translation>Kembali ke gambar langsung</translation>
    </message>
</context>
<context>
    <name>pantau::playback::PlaybackStream</name>
    <message>
        <source>This PC lacks a GStreamer element needed to play footage.</source>
        <translation>PC ini tidak memiliki elemen GStreamer yang dibutuhkan untuk memutar rekaman.</translation>
    </message>
    <message>
        <source>The footage cannot be played.</source>
        <translation>Rekaman tidak dapat diputar.</translation>
    </message>
    <message>
        <source>The recorder refused the password.</source>
        <translation>Perekam menolak kata sandinya.</translation>
    </message>
    <message>
        <source>The footage cannot be reached.</source>
        <translation>Rekaman tidak dapat dijangkau.</translation>
    </message>
</context>
<context>
    <name>pantau::ptz::OnvifPtzController</name>
    <message>
        <source>no PTZ service</source>
        <translation>tidak ada layanan PTZ</translation>
    </message>
</context>
<context>
    <name>pantau::ptz::PelcoDPtzController</name>
    <message>
        <source>The Pelco-D address must look like pelcod:/dev/ttyUSB0?address=1&amp;baud=2400 (address 1 to 255, baud 2400, 4800 or 9600).</source>
        <translation>Alamat Pelco-D harus berbentuk pelcod:/dev/ttyUSB0?address=1&amp;baud=2400 (address 1 sampai 255, baud 2400, 4800, atau 9600).</translation>
    </message>
    <message>
        <source>All %1 preset numbers are in use.</source>
        <translation>Semua %1 nomor preset sudah terpakai.</translation>
    </message>
    <message>
        <source>Home (preset %1)</source>
        <translation>Posisi awal (preset %1)</translation>
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
        <translation>Port serial untuk kamera Pelco-D ini belum diatur.</translation>
    </message>
    <message>
        <source>%1 baud is not a Pelco-D speed: use 2400, 4800 or 9600.</source>
        <translation>%1 baud bukan kecepatan Pelco-D: gunakan 2400, 4800, atau 9600.</translation>
    </message>
    <message>
        <source>Pelco-D address %1 is out of range: use 1 to 255.</source>
        <translation>Alamat Pelco-D %1 di luar rentang: gunakan 1 sampai 255.</translation>
    </message>
    <message>
        <source>The Pelco-D serial port %1 is not open.</source>
        <translation>Port serial Pelco-D %1 belum terbuka.</translation>
    </message>
    <message>
        <source>Writing to the serial port %1 failed (%2).</source>
        <translation>Gagal menulis ke port serial %1 (%2).</translation>
    </message>
    <message>
        <source>Preset %1 does not exist: Pelco-D presets are 1 to 255.</source>
        <translation>Preset %1 tidak ada: preset Pelco-D bernomor 1 sampai 255.</translation>
    </message>
    <message>
        <source>Preset %1 is not sent: many Pelco-D cameras reserve 33, 34 and 92 to 99 for special functions (flip, menu, scan limits).</source>
        <translation>Preset %1 tidak dikirim: banyak kamera Pelco-D memakai 33, 34, dan 92 sampai 99 untuk fungsi khusus (flip, menu, batas pemindaian).</translation>
    </message>
    <message>
        <source>Zoom speed %1 is out of range: use 0 to 3.</source>
        <translation>Kecepatan zoom %1 di luar rentang: gunakan 0 sampai 3.</translation>
    </message>
    <message>
        <source>The serial port %1 stopped working; is the RS-485 adaptor still plugged in? (%2)</source>
        <translation>Port serial %1 berhenti bekerja; apakah adaptor RS-485 masih terpasang? (%2)</translation>
    </message>
    <message>
        <source>The serial port %1 reported an error (%2).</source>
        <translation>Port serial %1 melaporkan kesalahan (%2).</translation>
    </message>
    <message>
        <source>The serial port %1 does not exist. Check that the RS-485 adaptor is plugged in and that the port name is right.</source>
        <translation>Port serial %1 tidak ada. Periksa apakah adaptor RS-485 sudah terpasang dan nama port-nya benar.</translation>
    </message>
    <message>
        <source>Pantau may not open the serial port %1. Add this user to the &apos;dialout&apos; group (sudo adduser $USER dialout), then log out and in again. If the user is already a member, another program may be using the port.</source>
        <translation>Pantau tidak diizinkan membuka port serial %1. Tambahkan pengguna ini ke grup &apos;dialout&apos; (sudo adduser $USER dialout), lalu keluar (log out) dan masuk lagi. Jika pengguna sudah menjadi anggota grup itu, mungkin ada program lain yang sedang memakai port tersebut.</translation>
    </message>
    <message>
        <source>The serial port %1 is already open.</source>
        <translation>Port serial %1 sudah terbuka.</translation>
    </message>
    <message>
        <source>The serial port %1 does not accept these settings (8 data bits, no parity, 1 stop bit at the chosen baud rate).</source>
        <translation>Port serial %1 tidak menerima pengaturan ini (8 bit data, tanpa paritas, 1 bit stop pada baud rate yang dipilih).</translation>
    </message>
    <message>
        <source>The serial port %1 cannot be opened.</source>
        <translation>Port serial %1 tidak dapat dibuka.</translation>
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
        <translation>Perekam di %1 mengirim balasan yang tidak dapat dibaca Pantau.</translation>
    </message>
    <message>
        <source>The recorder at %1 refused the password.</source>
        <translation>Perekam di %1 menolak kata sandi.</translation>
    </message>
    <message>
        <source>The recorder at %1 refuses logins for a while after wrong passwords.</source>
        <translation>Perekam di %1 menolak masuk untuk sementara setelah kata sandi salah berulang kali.</translation>
    </message>
    <message>
        <source>The recorder at %1 cannot be reached.</source>
        <translation>Perekam di %1 tidak dapat dihubungi.</translation>
    </message>
</context>
<context>
    <name>pantau::recording::RecorderProgram</name>
    <message>
        <source>The archive folder %1 cannot be created.</source>
        <translation>Folder arsip %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The footage index in %1 cannot be opened: %2</source>
        <translation>Indeks rekaman di %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>Not serving footage on %1: the password file %2 cannot be read (%3).</source>
        <translation>Rekaman tidak dilayani di %1: berkas kata sandi %2 tidak dapat dibaca (%3).</translation>
    </message>
    <message>
        <source>Not serving footage on %1: any address other than loopback needs a password (pantau-recorder --set-password).</source>
        <translation>Rekaman tidak dilayani di %1: alamat apa pun selain loopback memerlukan kata sandi (pantau-recorder --set-password).</translation>
    </message>
    <message>
        <source>Cannot serve footage on %1: %2</source>
        <translation>Tidak dapat melayani rekaman di %1: %2</translation>
    </message>
    <message>
        <source>New password for this recorder:</source>
        <translation>Kata sandi baru untuk perekam ini:</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Kata sandi harus terdiri dari paling sedikit %1 karakter.</translation>
    </message>
    <message>
        <source>The password cannot be saved in %1: %2</source>
        <translation>Kata sandi tidak dapat disimpan di %1: %2</translation>
    </message>
    <message>
        <source>Password saved in %1. Wall PCs connect with the user name pantau and this password.</source>
        <translation>Kata sandi disimpan di %1. PC dinding video terhubung dengan nama pengguna pantau dan kata sandi ini.</translation>
    </message>
</context>
<context>
    <name>pantau::recording::RecorderService</name>
    <message>
        <source>The archive folder %1 is missing: is its disk connected?</source>
        <translation>Folder arsip %1 tidak ada: apakah disknya terpasang?</translation>
    </message>
    <message numerus="yes">
        <source>The footage of %Ln camera(s) cannot be written: the disk is full, read-only or missing.</source>
        <translation>
            <numerusform>Rekaman %Ln kamera tidak dapat ditulis: disk penuh, hanya-baca, atau tidak ada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pantau::recording::RecordingPipeline</name>
    <message>
        <source>Only RTSP streams can be recorded, not &quot;%1&quot;.</source>
        <translation>Hanya aliran RTSP yang dapat direkam, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A GStreamer element needed for recording is missing (rtspsrc, splitmuxsink or mp4mux).</source>
        <translation>Elemen GStreamer yang diperlukan untuk merekam tidak ada (rtspsrc, splitmuxsink atau mp4mux).</translation>
    </message>
    <message>
        <source>The recording could not be started.</source>
        <translation>Perekaman tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>The camera refused the username or password.</source>
        <translation>Kamera menolak nama pengguna atau kata sandi.</translation>
    </message>
    <message>
        <source>The footage cannot be written to the archive folder (full, read-only or missing).</source>
        <translation>Rekaman tidak dapat ditulis ke folder arsip (penuh, hanya-baca, atau tidak ada).</translation>
    </message>
    <message>
        <source>This stream cannot be recorded (only H.264 and H.265 can).</source>
        <translation>Aliran ini tidak dapat direkam (hanya H.264 dan H.265 yang bisa).</translation>
    </message>
    <message>
        <source>The camera cannot be reached.</source>
        <translation>Kamera tidak dapat dijangkau.</translation>
    </message>
    <message>
        <source>The camera ended the stream.</source>
        <translation>Kamera menghentikan aliran.</translation>
    </message>
    <message>
        <source>The camera stopped sending.</source>
        <translation>Kamera berhenti mengirim gambar.</translation>
    </message>
</context>
<context>
    <name>pantau::recording::SiteFollower</name>
    <message>
        <source>Cannot read the site file %1: %2</source>
        <translation>Tidak dapat membaca berkas lokasi %1: %2</translation>
    </message>
    <message>
        <source>The site file %1 is too large.</source>
        <translation>Berkas lokasi %1 terlalu besar.</translation>
    </message>
    <message>
        <source>The site file %1 cannot be used: %2</source>
        <translation>Berkas lokasi %1 tidak dapat dipakai: %2</translation>
    </message>
</context>
<context>
    <name>pantau::ui::ExportDialog</name>
    <message>
        <source>Export evidence</source>
        <translation>Ekspor barang bukti</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Lock the recording (retention keeps it)</source>
        <translation>Kunci rekaman (tidak dihapus masa simpan)</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>Not locked: %1</source>
        <translation>Tidak terkunci: %1</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Folder ekspor</translation>
    </message>
    <message>
        <source>Choose at least one camera.</source>
        <translation>Pilih setidaknya satu kamera.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Waktu selesai harus setelah waktu mulai.</translation>
    </message>
    <message>
        <source>Choose the folder to export to.</source>
        <translation>Pilih folder tujuan ekspor.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>No recording is known for this camera.</source>
        <translation>Tidak ada rekaman yang diketahui untuk kamera ini.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Selesai: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Gagal: %1</translation>
    </message>
</context>
</TS>
