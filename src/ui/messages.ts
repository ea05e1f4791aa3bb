import type { InstrumentError } from '../domain/assessment';
import { asStoreError, type StoreError } from '../data/errors';
import type { ArchiveProblem } from '../data/backupArchive';
import { MAX_PER_ASSESSMENT, type FileProblem } from '../domain/bundle';
import type { PlanEntry } from '../domain/bundle/plan';
import { formatBytes } from '../domain/format';
import { formatNumberId } from '../domain/indicators/format';
import { readFieldRule, type ChoiceField, type RequiredField } from '../domain/records/fieldRules';

/** Indonesian text for the typed errors of src/domain and src/data: the one place where codes become words. */
export function instrumentErrorText(error: InstrumentError): string {
  switch (error.code) {
    case 'standard-unknown':
      return `Standar ${error.standardId} versi ${error.version} yang dipakai asesmen ini tidak ada di aplikasi ini. Perbarui aplikasi.`;
    case 'module-unknown':
      return `Modul ${error.standardId} versi ${error.version} yang dipakai asesmen ini tidak ada di aplikasi ini. Perbarui aplikasi.`;
  }
}

const REQUIRED_TEXT: Record<RequiredField, string> = {
  'institution-name': 'Nama lembaga wajib diisi',
  name: 'Nama wajib diisi',
  position: 'Jabatan wajib diisi',
  place: 'Tempat wajib diisi',
  date: 'Tanggal wajib diisi',
  period: 'Periode wajib diisi',
  action: 'Tindakan wajib diisi',
  'document-kind': 'Jenis dokumen wajib diisi',
};
const CHOICE_TEXT: Record<ChoiceField, string> = {
  'institution-type': 'Pilih jenis panti',
  ownership: 'Pilih status kepemilikan',
  province: 'Pilih provinsi',
};

/**
 * Indonesian text for the message of a broken field rule: a code of src/domain/records/fieldRules.ts, or a sentence
 * already worded (zod's, in the locale the records set; a form's own) which is shown as it is.
 */
export function fieldRuleText(message: string | undefined): string {
  if (!message) return 'Isian tidak valid';
  const rule = readFieldRule(message);
  if (!rule) return message;
  switch (rule.code) {
    case 'required':
      return REQUIRED_TEXT[rule.field];
    case 'choose':
      return CHOICE_TEXT[rule.field];
    case 'too-long':
      return `Paling banyak ${formatNumberId(rule.max, 0)} karakter`;
    case 'not-a-number':
      return 'Harus berupa angka';
    case 'not-integer':
      return 'Harus bilangan bulat';
    case 'negative':
      return 'Tidak boleh negatif';
    case 'too-large':
      return 'Angka terlalu besar';
    case 'invalid-date':
      return 'Tanggal tidak valid (format TTTT-BB-HH)';
    case 'invalid-hash':
      return 'Kode SHA-256 tidak valid';
    case 'too-many-rows':
      return 'Terlalu banyak baris';
  }
}

/** Why an import skips an entry without asking (src/domain/bundle/plan.ts). */
export function planReasonText(reason: NonNullable<PlanEntry['reason']>): string {
  switch (reason) {
    case 'review-without-assessment':
      return 'Asesmen yang diverifikasi tidak ada di perangkat ini, jadi hasil verifikasinya tidak dapat dipasangkan.';
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
      return e.detail ? fieldRuleText(e.detail) : 'Isian tidak valid.';
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
      return fileProblemsText(problem.problems);
  }
}

/** What a field means, so a refused value is explained in words ("tingkat jawaban, 0–4"), not only by its path. */
const FIELD_MEANINGS: Record<string, string> = {
  level: 'tingkat jawaban, 0–4 atau kosong',
  verifiedLevel: 'tingkat terverifikasi, 0–4 atau kosong',
  na: 'tidak berlaku (ya/tidak)',
  naReason: 'alasan tidak berlaku',
  note: 'catatan',
  itemId: 'kode butir',
  assessmentId: 'asesmen pemilik baris',
  institutionId: 'lembaga pemilik asesmen',
  id: 'kode baris',
  createdAt: 'waktu dibuat',
  updatedAt: 'waktu terakhir diubah',
  status: 'status',
  period: 'periode',
  name: 'nama',
  finding: 'temuan asesor',
  mime: 'jenis berkas',
  data: 'isi berkas',
  expiryDate: 'tanggal berlaku sampai',
  issueDate: 'tanggal terbit',
  targetDate: 'tanggal target',
  standardId: 'standar',
  standardVersion: 'versi standar',
  kind: 'jenis berkas asesmen',
  hash: 'kode integritas',
};

const ROW_LABELS: Record<keyof typeof MAX_PER_ASSESSMENT, string> = {
  answers: 'jawaban',
  reviews: 'butir verifikasi',
  staff: 'data SDM',
  evidence: 'bukti',
  actions: 'rencana tindak lanjut',
};

/** A field's place in a file as a reader finds it: institutions[0].name; the file itself is "(berkas)". */
export function fieldPathText(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(berkas)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** One Indonesian sentence for a refused file's problem (a bundle, a report PDF, a file for the recap). */
export function fileProblemText(p: FileProblem): string {
  switch (p.code) {
    case 'too-large':
      return `Berkas terlalu besar (${formatBytes(p.bytes)}; paling besar ${formatBytes(p.limit)}).`;
    case 'not-text':
      return 'Berkas bukan teks (UTF-8), jadi bukan berkas asesmen Swanilai. Pilih berkas .json hasil ekspor atau PDF laporan.';
    case 'unreadable':
      return `Berkas tidak dapat dibaca (${p.errorName}).`;
    case 'empty':
      return 'Berkas kosong.';
    case 'truncated':
      return 'Berkas terpotong (tidak lengkap): kemungkinan unduhan atau pengiriman belum selesai. Minta berkas dikirim ulang.';
    case 'not-json':
      return `Berkas bukan JSON yang valid${p.detail ? ` (${p.detail})` : ''}.`;
    case 'not-an-object':
      return 'Isi berkas bukan berkas asesmen Swanilai (bukan objek JSON).';
    case 'not-a-bundle':
      return 'Berkas ini bukan berkas asesmen Swanilai Panti. Pilih berkas .json hasil ekspor Swanilai atau PDF laporannya.';
    case 'newer-format':
      return `Berkas ini dibuat oleh versi aplikasi yang lebih baru (format versi ${p.version}; aplikasi ini membaca sampai versi ${p.supported}). Perbarui aplikasi (muat ulang saat online), lalu coba lagi.`;
    case 'invalid-field': {
      const meaning = p.field && FIELD_MEANINGS[p.field] ? ` (${FIELD_MEANINGS[p.field]})` : '';
      return `${fieldPathText(p.path)}${meaning}: ${fieldRuleText(p.message)}`;
    }
    case 'duplicate-id':
      return `${p.collection} "${p.key}": id yang sama dipakai lebih dari sekali di dalam berkas, jadi isinya tidak dapat dipercaya.`;
    case 'too-many-rows':
      return `Asesmen "${p.assessmentId}" memuat ${p.count.toLocaleString('id-ID')} ${ROW_LABELS[p.collection]}; paling banyak ${p.limit.toLocaleString('id-ID')}. Berkas ini bukan buatan aplikasi ini.`;
    case 'integrity-mismatch':
      return 'Kode integritas tidak cocok: isi berkas rusak atau diubah setelah diekspor, jadi tidak dapat dipercaya. Minta berkas dikirim ulang.';
    case 'more':
      return `… dan ${p.count} masalah lain.`;
    case 'pdf-not-pdf':
      return 'Berkas bukan PDF.';
    case 'pdf-truncated':
      return 'PDF terpotong (tidak lengkap): kemungkinan unduhan atau pengiriman belum selesai. Minta PDF dikirim ulang.';
    case 'pdf-no-attachment':
      return 'PDF ini tidak memuat berkas asesmen terlampir. Gunakan PDF laporan yang dibuat oleh aplikasi ini, atau berkas .json.';
    case 'pdf-attachment-too-large':
      return 'Berkas terlampir di PDF terlalu besar.';
    case 'pdf-attachment-unreadable':
      return 'Berkas terlampir di PDF tidak dapat dibaca (rusak atau terpotong).';
    case 'pdf-unreadable':
      return 'PDF tidak dapat dibaca (rusak atau terpotong).';
    case 'pdf-cancelled':
      return 'Pemeriksaan PDF dibatalkan. Tidak ada data yang diubah.';
    case 'no-assessment':
      return 'Berkas tidak memuat asesmen, jadi tidak ada yang dapat direkap.';
  }
}

export const fileProblemsText = (problems: readonly FileProblem[]): string[] => problems.map(fileProblemText);
