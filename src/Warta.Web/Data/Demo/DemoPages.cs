namespace Warta.Web.Data.Demo;

/// <summary>The pages every Indonesian news site carries, written for the demo site (fictional newsroom).</summary>
internal static class DemoPages
{
    public static readonly (string Slug, string Title, string Body)[] All =
    [
        ("redaksi", "Redaksi", """
            Warta Nusantara dikelola oleh tim redaksi kecil yang bekerja dari Jakarta dengan jaringan kontributor di
            berbagai provinsi.

            ## Susunan redaksi

            - **Pemimpin Redaksi:** Yohanes Tarigan
            - **Redaktur Ekonomi:** Bagus Prasetyo
            - **Redaktur Internasional:** Maria Siahaan
            - **Reporter:** Rina Handayani, Dimas Aditya, Ayu Lestari

            Semua nama di situs demo ini adalah tokoh rekaan.
            """),
        ("tentang-kami", "Tentang Kami", """
            Warta Nusantara adalah situs berita contoh untuk memperlihatkan cara kerja Warta, platform penerbitan berita
            yang dibuat untuk ruang redaksi Indonesia.

            Kami menulis berita yang bisa diperiksa: setiap kutipan punya sumber, setiap angka punya asal, dan setiap
            koreksi diumumkan di artikel yang dikoreksi.
            """),
        ("kontak", "Kontak", """
            Kirim informasi, koreksi, atau hak jawab kepada redaksi melalui alamat surat elektronik redaksi yang tertera
            di kartu nama wartawan kami. Sertakan nama dan cara menghubungi Anda; identitas narasumber yang meminta
            dirahasiakan kami lindungi.

            > Situs demo ini tidak menerima kiriman sungguhan.
            """),
        ("pedoman-media-siber", "Pedoman Media Siber", """
            Sebagai media siber, Warta Nusantara berpegang pada pedoman pemberitaan media siber yang berlaku di Indonesia
            dan Kode Etik Jurnalistik. Ringkasan cara kami menerapkannya:

            1. **Verifikasi.** Berita diverifikasi sebelum terbit; berita yang belum lengkap verifikasinya diberi
               keterangan dan dilengkapi sesegera mungkin.
            2. **Isi buatan pengguna.** Komentar pembaca dimoderasi; isi yang mengandung fitnah, SARA, atau kekerasan
               kami hapus, dan kami tidak memuat alamat email komentator di mana pun.
            3. **Ralat, koreksi, dan hak jawab.** Ralat dan koreksi ditautkan dari berita yang dikoreksi dan dicatat
               waktunya.
            4. **Pencabutan berita.** Berita yang sudah terbit tidak dicabut kecuali karena alasan yang ditetapkan
               pedoman, dan pencabutannya diumumkan.
            """),
    ];
}
