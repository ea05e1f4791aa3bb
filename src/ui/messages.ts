import type { InstrumentError } from '../domain/assessment';
import { asStoreError, type StoreError } from '../data/errors';
import type { ArchiveProblem } from '../data/backupArchive';

/** Indonesian text for the typed errors of src/domain and src/data: the one place where codes become words. */
export function instrumentErrorText(error: InstrumentError): string {
  switch (error.code) {
    case 'standard-unknown':
      return `Standar ${error.standardId} versi ${error.version} yang dipakai asesmen ini tidak ada di aplikasi ini. Perbarui aplikasi.`;
    case 'module-unknown':
      return `Modul ${error.standardId} versi ${error.version} yang dipakai asesmen ini tidak ada di aplikasi ini. Perbarui aplikasi.`;
  }
}

export const QUOTA_MESSAGE =
  'Ruang penyimpanan perangkat penuh, jadi perubahan terakhir tidak tersimpan. Data yang sudah tersimpan tetap aman. Hapus foto bukti yang tidak perlu atau buat cadangan lalu kosongkan ruang, kemudian coba lagi.';

/**
 * Indonesian text for a failure of src/data. `failed` names what did not happen ("Bukti tidak tersimpan"); it starts
 * the sentence when the failure is the browser's, not one of the app's rules.
 */
export function storeErrorText(error: unknown, failed = 'Perubahan tidak tersimpan'): string {
  const e: StoreError = asStoreError(error);
  switch (e.code) {
    case 'assessment-missing':
      return 'Asesmen tidak ditemukan di perangkat ini.';
    case 'assessment-corrupt':
      return 'Data asesmen ini rusak dan tidak dapat dibaca. Pulihkan dari cadangan.';
    case 'assessment-final':
      return 'Asesmen sudah final dan tidak dapat diubah. Pilih "Buka kembali" untuk mengubahnya.';
    case 'review-copy':
      return 'Ini salinan verifikasi asesor: penilaian lembaga tidak dapat diubah di sini.';
    case 'finalise-lead-only':
      return 'Pernyataan dan finalisasi dilakukan ketua tim di perangkatnya. Kirim berkas hasil Anda kepada ketua tim.';
    case 'team-lead-only':
      return 'Pembagian tugas dan paket tugas hanya dapat diubah di perangkat ketua tim.';
    case 'team-exists':
      return 'Tim untuk asesmen ini sudah dibentuk.';
    case 'team-missing':
      return 'Bentuk tim terlebih dahulu.';
    case 'member-missing':
      return 'Anggota tim ini tidak ada lagi.';
    case 'lead-undeletable':
      return 'Ketua tim tidak dapat dihapus.';
    case 'row-missing':
      return 'Data ini sudah dihapus (mungkin di tab lain). Muat ulang halaman.';
    case 'row-elsewhere':
      return 'Data ini milik asesmen lain.';
    case 'invalid':
      return e.detail ?? 'Isian tidak valid.';
    case 'quota':
      return QUOTA_MESSAGE;
    case 'move-stale':
      return 'Asesmen berubah sejak rencana pemindahan dibuat; tidak ada yang berubah. Muat ulang halaman lalu coba lagi.';
    case 'move-nothing-to-undo':
      return 'Tidak ada pemindahan versi yang dapat dibatalkan.';
    case 'move-answered-since':
      return 'Pemindahan tidak dapat dibatalkan karena sudah ada jawaban baru sejak itu.';
    case 'import-plan-mismatch':
      return 'Rencana impor tidak cocok dengan berkas ini. Pilih berkas lagi.';
    case 'import-changed':
      return 'Data di perangkat berubah sejak pratinjau dibuat. Tidak ada yang diubah. Pilih berkas lagi untuk melihat pratinjau terbaru.';
    case 'merge-choice-missing':
      return `Masih ada perbedaan yang belum dipilih: ${e.detail ?? ''}. Tidak ada yang diubah.`;
    case 'merge-choice-invalid':
      return `Pilihan tidak dikenal untuk ${e.detail ?? ''}. Tidak ada yang diubah. Pilih berkas lagi.`;
    case 'newer-version':
      return 'Data di perangkat ini dibuat oleh versi aplikasi yang lebih baru. Perbarui aplikasi (muat ulang saat online) agar data dapat dibaca. Data Anda tidak diubah.';
    case 'storage-unavailable':
      return `Penyimpanan perangkat tidak dapat dibuka (${e.detail ?? 'tanpa keterangan'}). Pastikan browser tidak dalam mode penyamaran dan ruang penyimpanan cukup.`;
    case 'storage':
      return `${failed} karena kesalahan penyimpanan (${e.detail ?? 'tanpa keterangan'}). Data yang sudah tersimpan tetap aman; coba lagi.`;
  }
}

/** Indonesian sentences for a refused backup archive (nothing was written). */
export function archiveProblemText(problem: ArchiveProblem): string[] {
  switch (problem.code) {
    case 'unreadable':
      return ['Arsip cadangan tidak dapat dibaca (rusak atau terpotong).'];
    case 'too-many-entries':
      return ['Arsip memuat terlalu banyak berkas.'];
    case 'not-an-archive-of-this-app':
      return ['Arsip ini bukan cadangan Swanilai Panti (tidak memuat cadangan.json dan daftar berkas), atau terpotong.'];
    case 'not-a-full-backup':
      return ['Arsip ini tidak memuat cadangan seluruh data perangkat.'];
    case 'manifest-corrupt':
      return ['Daftar berkas di dalam arsip rusak.'];
    case 'entry-too-big':
      return [`Berkas ${problem.name} di dalam arsip terlalu besar (paling besar ${Math.round(problem.limitBytes / 1048576)} MB per berkas).`];
    case 'entry-corrupt':
      return [`Isi arsip rusak (${problem.name}).`];
    case 'evidence-missing':
      return [`Berkas bukti ${problem.name} tidak ada di dalam arsip (arsip terpotong?). Tidak ada data yang diubah.`];
    case 'evidence-hash-mismatch':
      return [`Berkas bukti ${problem.name} rusak (SHA-256 tidak cocok). Tidak ada data yang diubah.`];
    case 'bundle-invalid':
      return problem.problems;
  }
}
