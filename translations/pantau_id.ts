<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>CommandLine</name>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Opsi %1 memerlukan nilai.</translation>
    </message>
    <message>
        <source>Unknown language "%1"; use id or en.</source>
        <translation>Bahasa "%1" tidak dikenal; gunakan id atau en.</translation>
    </message>
    <message>
        <source>Unknown option "%1". See --help.</source>
        <translation>Opsi "%1" tidak dikenal. Lihat --help.</translation>
    </message>
    <message>
        <source>Start the embedded demo site: nine live synthetic cameras, no hardware needed.</source>
        <translation>Jalankan situs demo bawaan: sembilan kamera sintetis langsung, tanpa perangkat keras.</translation>
    </message>
    <message>
        <source>Open the saved video wall full screen on every screen (for the wall PC).</source>
        <translation>Buka dinding video tersimpan dalam layar penuh di setiap layar (untuk PC dinding video).</translation>
    </message>
    <message>
        <source>Use FILE as the site file instead of the default one.</source>
        <translation>Gunakan FILE sebagai berkas situs, bukan berkas bawaan.</translation>
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
</context>
<context>
    <name>DemoSite</name>
    <message>
        <source>Demo site — Musi Banyuasin</source>
        <translation>Situs demo — Musi Banyuasin</translation>
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
    <name>SiteFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB) to be a site file.</source>
        <translation>%1 terlalu besar (%2 MB) untuk sebuah berkas situs.</translation>
    </message>
    <message>
        <source>The file is damaged (%1 at byte %2).</source>
        <translation>Berkas rusak (%1 pada bita ke-%2).</translation>
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
        <source>Field "%1" must be text.</source>
        <translation>Kolom "%1" harus berupa teks.</translation>
    </message>
    <message>
        <source>Field "%1" must be a whole number.</source>
        <translation>Kolom "%1" harus berupa bilangan bulat.</translation>
    </message>
    <message>
        <source>Field "%1" must be a list of text.</source>
        <translation>Kolom "%1" harus berupa daftar teks.</translation>
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
        <source>Field "%1" must be true or false.</source>
        <translation>Kolom "%1" harus bernilai true atau false.</translation>
    </message>
    <message>
        <source>Camera "%1" has an invalid stream address.</source>
        <translation>Kamera "%1" memiliki alamat aliran yang tidak sah.</translation>
    </message>
    <message>
        <source>A layout entry is not an object.</source>
        <translation>Ada entri tata letak yang bukan objek.</translation>
    </message>
    <message>
        <source>Field "%1" must be a list.</source>
        <translation>Kolom "%1" harus berupa daftar.</translation>
    </message>
    <message>
        <source>Layout "%1": the grid must have 1 to %2 rows and columns.</source>
        <translation>Tata letak "%1": kisi harus memiliki 1 sampai %2 baris dan kolom.</translation>
    </message>
    <message>
        <source>Layout "%1" has a tile that is not an object.</source>
        <translation>Tata letak "%1" memiliki petak yang bukan objek.</translation>
    </message>
    <message>
        <source>Layout "%1": %2</source>
        <translation>Tata letak "%1": %2</translation>
    </message>
    <message>
        <source>This is not a Pantau site file.</source>
        <translation>Ini bukan berkas situs Pantau.</translation>
    </message>
    <message>
        <source>The site file has format version %1; this Pantau reads up to version %2.</source>
        <translation>Berkas situs memakai format versi %1; Pantau ini hanya dapat membaca sampai versi %2.</translation>
    </message>
    <message>
        <source>Two cameras share the id "%1".</source>
        <translation>Dua kamera memakai id yang sama: "%1".</translation>
    </message>
    <message>
        <source>A wall entry is not an object.</source>
        <translation>Ada entri dinding video yang bukan objek.</translation>
    </message>
</context>
<context>
    <name>StreamStatus</name>
    <message>
        <source>retrying in %1 s</source>
        <translation>menghubungkan ulang dalam %1 d</translation>
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
    <name>pantau::Application</name>
    <message>
        <source>Welcome to Pantau</source>
        <translation>Selamat datang di Pantau</translation>
    </message>
    <message>
        <source>No site is configured yet.</source>
        <translation>Belum ada situs yang diatur.</translation>
    </message>
    <message>
        <source>Start with the demo site (nine live synthetic cameras in Musi Banyuasin, no hardware needed), or with an empty site to add your own cameras?</source>
        <translation>Mulai dengan situs demo (sembilan kamera sintetis langsung di Musi Banyuasin, tanpa perangkat keras), atau dengan situs kosong untuk menambahkan kamera sendiri?</translation>
    </message>
    <message>
        <source>Start the demo site</source>
        <translation>Mulai situs demo</translation>
    </message>
    <message>
        <source>Start an empty site</source>
        <translation>Mulai situs kosong</translation>
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
        <translation>Situs demo tidak dapat dijalankan: %1</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>Berkas yang rusak disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>Pantau is using the last good copy of the site.</source>
        <translation>Pantau memakai salinan situs terakhir yang masih baik.</translation>
    </message>
    <message>
        <source>No good copy was found; Pantau started with an empty site.</source>
        <translation>Tidak ada salinan yang baik; Pantau dimulai dengan situs kosong.</translation>
    </message>
    <message>
        <source>The site file could not be read</source>
        <translation>Berkas situs tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Layout 1 (2x2)</source>
        <translation>Tata letak 1 (2x2)</translation>
    </message>
</context>
<context>
    <name>pantau::CameraTreeModel</name>
    <message>
        <source>No area</source>
        <translation>Tanpa wilayah</translation>
    </message>
</context>
<context>
    <name>pantau::ConsoleWindow</name>
    <message>
        <source>Could not save the site: %1</source>
        <translation>Situs tidak dapat disimpan: %1</translation>
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
        <source>Delete the layout "%1"?</source>
        <translation>Hapus tata letak "%1"?</translation>
    </message>
    <message>
        <source>Every tile is in use: drag the camera onto the tile it should replace.</source>
        <translation>Semua petak sudah terisi: seret kamera ke petak yang ingin diganti.</translation>
    </message>
    <message>
        <source>Pantau — demo site</source>
        <translation>Pantau — situs demo</translation>
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
        <translation>Ba&amp;hasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;About Pantau</source>
        <translation>Tentang &amp;Pantau</translation>
    </message>
    <message>
        <source>Drag a camera onto a tile of the video wall, or double-click it.</source>
        <translation>Seret kamera ke petak dinding video, atau klik dua kali.</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) · site file %1</source>
        <translation><numerusform>%n kamera · berkas situs %1</numerusform></translation>
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
        <source>Apply</source>
        <translation>Terapkan</translation>
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
</context>
<context>
    <name>pantau::StreamPipeline</name>
    <message>
        <source>GStreamer element "%1" is missing; install the GStreamer plug-in packages.</source>
        <translation>Elemen GStreamer "%1" tidak ada; pasang paket plug-in GStreamer.</translation>
    </message>
    <message>
        <source>Unsupported stream address "%1".</source>
        <translation>Alamat aliran "%1" tidak didukung.</translation>
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
        <source>%1 fps · %2 %3 · %4 · dropped %5</source>
        <translation>%1 fps · %2 %3 · %4 · dibuang %5</translation>
    </message>
</context>
<context>
    <name>pantau::WallWindow</name>
    <message>
        <source>Pantau video wall — screen %1 — %2</source>
        <translation>Dinding video Pantau — layar %1 — %2</translation>
    </message>
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
</context>
</TS>
