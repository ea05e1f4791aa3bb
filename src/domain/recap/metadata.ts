import { INSTITUTION_TYPES } from '../records/institution';

/**
 * Metadata of every recap indicator, laid out like the regional indicator sheets (SIPD style, seeds 000, 001
 * and 003): konsep, rumus, satuan (UKURAN), periode, wali data, kedalaman data, sumber.
 * Where a seed sheet leaves RUMUS as "-", the formula here is how this app counts it.
 */
export interface RecapIndicatorMeta {
  id: string;
  name: string;
  konsep: string;
  rumus: string;
  satuan: string;
  periode: string;
  waliData: string;
  kedalaman: string;
  sumber: string;
}

const WALI_DATA = 'Dinas Sosial kabupaten/kota/provinsi (dihimpun dari berkas asesmen mandiri lembaga)';
const PERIODE = 'Tahunan';
const KEDALAMAN = 'Provinsi, kabupaten/kota, jenis lembaga';
const SUMBER_APP = 'Asesmen mandiri lembaga (berkas Swanilai Panti)';

/** Short name of a type for "Jumlah …": "Panti Sosial Bina Laras", "LKSA". */
export function typeShortName(type: string): string {
  const label = INSTITUTION_TYPES.find((t) => t.id === type)?.label ?? type;
  return label.split(' — ')[0]!.split(' (')[0]!.trim();
}

const TYPE_CONCEPT: Record<string, string> = {
  'bina-laras':
    'Banyaknya panti sosial yang mempunyai tugas memberikan bimbingan, pelayanan dan rehabilitasi sosial yang bersifat kuratif, rehabilitatif, promotif dalam bentuk bimbingan pengetahuan dasar pendidikan, fisik, mental, sosial, pelatihan keterampilan, resosialisasi bimbingan lanjut bagi penyandang disabilitas mental agar mampu mandiri dan berperan aktif dalam kehidupan bermasyarakat (Indikator SIPD "Jumlah Panti Sosial Bina Laras", 2018).',
  'pamardi-putra':
    'Banyaknya panti sosial yang mempunyai tugas memberikan bimbingan, pelayanan dan rehabilitasi sosial bagi anak eks korban narkotika dan pengguna psikotropika sindroma ketergantungan agar mampu mandiri dan berperan aktif dalam kehidupan bermasyarakat (Indikator SIPD "Jumlah Tenaga Kesejahteraan Sosial Panti Sosial Pamardi Putra", Kementerian Sosial).',
  lksa:
    'Banyaknya Lembaga Kesejahteraan Sosial Anak yang memberikan dukungan dan pengasuhan sementara bagi anak yang membutuhkan pengasuhan alternatif (Indikator SIPD Kementerian Sosial, keterangan LKSA).',
};

export function typeCountMeta(type: string): RecapIndicatorMeta {
  const name = type === 'lainnya' ? 'lembaga jenis lainnya' : typeShortName(type);
  return {
    id: `count:${type}`,
    name: `Jumlah ${name}`,
    konsep: TYPE_CONCEPT[type] ?? `Banyaknya lembaga berjenis ${name} di suatu wilayah.`,
    rumus: `Jumlah lembaga berjenis ${name} yang berkas asesmennya masuk rekap (satu lembaga dihitung sekali)`,
    // Seed 001 prints UKURAN "Orang" for a count of panti, an evident slip; a count of institutions is in units.
    satuan: 'Unit (lembaga)',
    periode: PERIODE,
    waliData: WALI_DATA,
    kedalaman: KEDALAMAN,
    sumber: type === 'bina-laras' ? 'Indikator SIPD "Jumlah Panti Sosial Bina Laras" (2018); ' + SUMBER_APP : SUMBER_APP,
  };
}

export const RECAP_INDICATORS = {
  institutions: {
    id: 'institutions',
    name: 'Jumlah lembaga kesejahteraan sosial (panti) dalam rekap',
    konsep: 'Banyaknya panti sosial / LKS di suatu wilayah yang menyerahkan berkas asesmen mandiri.',
    rumus: 'Jumlah lembaga berbeda yang berkas asesmennya masuk rekap',
    satuan: 'Unit (lembaga)',
    periode: PERIODE,
    waliData: WALI_DATA,
    kedalaman: KEDALAMAN,
    sumber: SUMBER_APP,
  },
  tks: {
    id: 'tks',
    name: 'Jumlah tenaga kesejahteraan sosial',
    konsep:
      'Tenaga Kesejahteraan Sosial adalah seseorang yang dididik dan dilatih secara profesional untuk melaksanakan tugas-tugas pelayanan dan penanganan masalah sosial dan/atau seseorang yang bekerja, baik di lembaga pemerintah maupun swasta, yang ruang lingkup kegiatannya di bidang kesejahteraan sosial (Indikator SIPD Kementerian Sosial).',
    rumus: 'Σ jumlah SDM berperan kesejahteraan sosial pada data SDM tiap lembaga (lembaga tanpa data SDM menyumbang 0 dan dilaporkan terpisah)',
    satuan: 'Orang',
    periode: PERIODE,
    waliData: WALI_DATA,
    kedalaman: KEDALAMAN,
    sumber: 'Indikator SIPD "Jumlah Tenaga Kesejahteraan Sosial Panti Sosial Pamardi Putra" (Kementerian Sosial); ' + SUMBER_APP,
  },
  empowerment: {
    id: 'empowerment',
    name: 'Persentase SDM kesejahteraan sosial yang mampu melakukan pemberdayaan sosial',
    konsep:
      'Pemberdayaan sosial adalah semua upaya yang diarahkan untuk menjadikan warga masyarakat yang mengalami masalah sosial mempunyai daya, sehingga mampu memenuhi kebutuhan dasarnya. SDM penyelenggara kesejahteraan sosial: tenaga kesejahteraan sosial, pekerja sosial profesional, relawan sosial, penyuluh sosial (Indikator Provinsi DKI Jakarta, 2024).',
    rumus:
      'Σ SDM kesejahteraan sosial yang mampu melakukan pemberdayaan sosial ÷ Σ SDM kesejahteraan sosial yang terdata × 100% (pembilang dan penyebut dijumlahkan dari semua lembaga; persentase lembaga tidak dirata-ratakan)',
    satuan: 'Persen',
    periode: PERIODE,
    waliData: WALI_DATA,
    kedalaman: KEDALAMAN,
    sumber: 'Indikator Provinsi DKI Jakarta "Persentase Potensi Sumber Daya Kesejahteraan Sosial yang Mampu Melakukan Pemberdayaan Sosial" (2024); ' + SUMBER_APP,
  },
  certified: {
    id: 'certified',
    name: 'Pekerja sosial bersertifikat',
    konsep: 'Pekerja sosial profesional adalah pekerja sosial yang telah bersertifikat dan berpraktik (Permensos 8/2012).',
    rumus: 'Σ pekerja sosial bersertifikat; persentase = Σ pekerja sosial bersertifikat ÷ Σ pekerja sosial terdata × 100%',
    satuan: 'Orang (dan persen)',
    periode: PERIODE,
    waliData: WALI_DATA,
    kedalaman: KEDALAMAN,
    sumber: 'Permensos 8/2012; ' + SUMBER_APP,
  },
  grades: {
    id: 'grades',
    name: 'Sebaran perkiraan peringkat akreditasi',
    konsep: 'Perkiraan peringkat (A, B, C, belum memenuhi) dari asesmen mandiri terhadap Standar Umum Panti Sosial (Kepmensos 50/HUK/2004). Bukan hasil akreditasi BALKS.',
    rumus: 'Jumlah lembaga per perkiraan peringkat; butir kritis yang belum terpenuhi = "belum memenuhi syarat"',
    satuan: 'Unit (lembaga)',
    periode: PERIODE,
    waliData: WALI_DATA,
    kedalaman: KEDALAMAN,
    sumber: SUMBER_APP,
  },
  aspects: {
    id: 'aspects',
    name: 'Rata-rata skor per aspek',
    konsep: 'Enam aspek Standar Umum Panti Sosial: kelembagaan, SDM, sarana prasarana, pembiayaan, pelayanan sosial dasar, monitoring dan evaluasi (Kepmensos 50/HUK/2004), ditambah standar khusus bila ada.',
    rumus: 'Σ skor aspek tiap lembaga ÷ jumlah lembaga yang aspeknya dapat dinilai',
    satuan: 'Skor 0–100',
    periode: PERIODE,
    waliData: WALI_DATA,
    kedalaman: KEDALAMAN,
    sumber: SUMBER_APP,
  },
  completion: {
    id: 'completion',
    name: 'Kelengkapan pengisian instrumen',
    konsep: 'Seberapa lengkap butir instrumen dijawab (N/A yang sah dihitung terjawab).',
    rumus: 'Σ butir terjawab ÷ Σ butir instrumen × 100% (dijumlahkan dari semua lembaga)',
    satuan: 'Persen',
    periode: PERIODE,
    waliData: WALI_DATA,
    kedalaman: KEDALAMAN,
    sumber: SUMBER_APP,
  },
  expired: {
    id: 'expired',
    name: 'Dokumen bukti kedaluwarsa',
    konsep: 'Dokumen bukti (Formulir B) yang masa berlakunya telah habis pada tanggal rekap, mis. izin operasional atau tanda daftar LKS.',
    rumus: 'Σ dokumen bukti dengan tanggal kedaluwarsa sebelum tanggal rekap',
    satuan: 'Dokumen',
    periode: PERIODE,
    waliData: WALI_DATA,
    kedalaman: KEDALAMAN,
    sumber: SUMBER_APP,
  },
  gaps: {
    id: 'gaps',
    name: 'Celah yang paling umum',
    konsep: 'Butir instrumen yang belum mencapai tingkat 4 (belum dijawab dihitung 0) di paling banyak lembaga.',
    rumus: 'Jumlah lembaga dengan butir di bawah tingkat 4; urutan berikutnya: Σ tambahan poin total bila butir mencapai tingkat 4',
    satuan: 'Unit (lembaga)',
    periode: PERIODE,
    waliData: WALI_DATA,
    kedalaman: KEDALAMAN,
    sumber: SUMBER_APP,
  },
} satisfies Record<string, RecapIndicatorMeta>;
