/**
 * Generates realistic synthetic, sealed bundles (valid SHA-256) for the regional recap's tests and benchmarks.
 *
 *   npx tsx scripts/generate-bundles.ts N outDir [seed]
 *
 * Deterministic for a given seed. The files spread over provinces, kabupaten/kota and institution types, with staff
 * rosters (a few institutions have none), an answer for every item of the real standard (Standar Umum + the type's
 * standar khusus), evidence (some expired before 2026-11-22), drafts, and "duplicates": an institution that sent a
 * second period, or a draft later re-sent as final for the same period.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sealBundle, snapshotContent, type Bundle } from '../src/domain/bundle';
import {
  DOCUMENT_KINDS,
  EDUCATION_LEVELS,
  EMPLOYMENT,
  STAFF_ROLES,
  assessmentSchema,
  type Answer,
  type Assessment,
  type EvidenceDoc,
  type Institution,
  type InstitutionType,
  type StaffMember,
  type Action,
} from '../src/domain/records';
import { currentKhususFor, currentUmum } from '../src/domain/standard/registry';
import type { Item, StandarKhusus, StandarUmum } from '../src/domain/standard/schema';

export interface GeneratedFile {
  fileName: string;
  bundle: Bundle;
  /** The bundle as the app writes it to a .json file. */
  text: string;
}

export interface GenerateOptions {
  seed?: number;
  /** Share of files that are a second bundle of an earlier institution (0..1). Default 0.12. */
  duplicateShare?: number;
  /** Share of drafts among first bundles (0..1). Default 0.2. */
  draftShare?: number;
}

/** mulberry32: small, fast, deterministic. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const weighted = <T>(list: readonly (readonly [T, number])[]): T => {
    const total = list.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [v, w] of list) if ((r -= w) < 0) return v;
    return list[list.length - 1]![0];
  };
  const uuid = () => {
    const h = () => Math.floor(next() * 0x10000).toString(16).padStart(4, '0');
    return `${h()}${h()}-${h()}-4${h().slice(1)}-${(8 + int(0, 3)).toString(16)}${h().slice(1)}-${h()}${h()}${h()}`;
  };
  return { next, int, pick, weighted, uuid, chance: (p: number) => next() < p };
}
type Rng = ReturnType<typeof rng>;

export const REGIONS: readonly { province: Institution['province']; kabupaten: readonly string[] }[] = [
  { province: 'DKI Jakarta', kabupaten: ['Kota Jakarta Selatan', 'Kota Jakarta Timur', 'Kota Jakarta Barat'] },
  { province: 'Jawa Barat', kabupaten: ['Kota Bandung', 'Kabupaten Bogor', 'Kota Bekasi', 'Kabupaten Garut'] },
  { province: 'Jawa Tengah', kabupaten: ['Kota Semarang', 'Kabupaten Banyumas', 'Kota Surakarta'] },
  { province: 'Jawa Timur', kabupaten: ['Kota Surabaya', 'Kabupaten Malang', 'Kabupaten Jember'] },
  { province: 'Sumatera Utara', kabupaten: ['Kota Medan', 'Kabupaten Deli Serdang'] },
  { province: 'Sulawesi Selatan', kabupaten: ['Kota Makassar', 'Kabupaten Gowa'] },
  { province: 'Nusa Tenggara Timur', kabupaten: ['Kota Kupang', 'Kabupaten Sikka'] },
  { province: 'Kalimantan Timur', kabupaten: ['Kota Samarinda', 'Kota Balikpapan'] },
];

const TYPES: readonly (readonly [InstitutionType, number])[] = [
  ['lksa', 30],
  ['lanjut-usia', 14],
  ['bina-laras', 12],
  ['pamardi-putra', 10],
  ['disabilitas-fisik', 4],
  ['disabilitas-sensorik', 3],
  ['disabilitas-intelektual', 3],
  ['marsudi-putra', 5],
  ['bina-remaja', 5],
  ['bina-karya', 5],
  ['karya-wanita', 4],
  ['lainnya', 5],
];

const PREFIX: Record<InstitutionType, string> = {
  lksa: 'LKSA',
  'bina-laras': 'Panti Sosial Bina Laras',
  'pamardi-putra': 'Panti Sosial Pamardi Putra',
  'lanjut-usia': 'Panti Sosial Tresna Werdha',
  disabilitas: 'Panti Sosial Penyandang Disabilitas',
  'disabilitas-fisik': 'Panti Sosial Bina Daksa',
  'disabilitas-sensorik': 'Panti Sosial Bina Netra',
  'disabilitas-intelektual': 'Panti Sosial Bina Grahita',
  'marsudi-putra': 'Panti Sosial Marsudi Putra',
  'bina-remaja': 'Panti Sosial Bina Remaja',
  'bina-karya': 'Panti Sosial Bina Karya',
  'karya-wanita': 'Panti Sosial Karya Wanita',
  lainnya: 'Yayasan Sosial',
};
const NAMES = ['Harapan', 'Kasih', 'Bunda', 'Mulia', 'Sejahtera', 'Insan', 'Cahaya', 'Pelita', 'Mandiri', 'Amanah', 'Sentosa', 'Budi', 'Luhur', 'Karya', 'Bakti', 'Nusantara', 'Permata', 'Ceria', 'Damai', 'Rahayu'];
const PEOPLE = ['Siti Aminah', 'Budi Santoso', 'Maria Lestari', 'Agus Salim', 'Dewi Kartika', 'Yohanes Bria', 'Nur Hidayah', 'Made Wirawan', 'Rina Wulandari', 'Andi Pratama'];

/** Roles a panti roster typically holds, weighted. */
const ROLE_WEIGHTS: readonly (readonly [StaffMember['role'], number])[] = [
  ['kepala-unit', 6],
  ['pekerja-sosial', 14],
  ['tks', 10],
  ['psikolog', 3],
  ['perawat', 5],
  ['dokter', 2],
  ['konselor-adiksi', 2],
  ['pendidik', 4],
  ['instruktur', 4],
  ['pembimbing-rohani', 4],
  ['pembina-asrama', 5],
  ['pengasuh', 12],
  ['administrasi', 6],
  ['juru-masak', 5],
  ['petugas-kebersihan', 4],
  ['satpam', 3],
  ['sopir', 2],
];

const EXPIRING_KINDS = new Set(['Surat Tanda Daftar LKS', 'Izin operasional', 'Surat keterangan domisili']);

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}
const at = (day: string, r: Rng) => `${day}T${String(r.int(1, 10)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00.000Z`;

function itemsOf(s: StandarUmum | StandarKhusus): Item[] {
  return s.aspects.flatMap((a) => a.components.flatMap((c) => c.items));
}

interface Profile {
  institution: Institution;
  quality: number;
  staffSize: number;
}

function makeInstitution(r: Rng, n: number): Profile {
  const region = r.pick(REGIONS);
  const type = r.weighted(TYPES);
  const capacity = r.int(20, 120);
  const clients = Math.max(0, capacity - r.int(0, 20));
  const male = r.int(0, clients);
  const created = addDays('2025-01-01', r.int(0, 300));
  const regDate = addDays('2018-01-01', r.int(0, 2000));
  const institution: Institution = {
    id: r.uuid(),
    name: `${PREFIX[type]} ${r.pick(NAMES)} ${r.pick(NAMES)} ${n + 1}`,
    type,
    typeOther: type === 'lainnya' ? 'Rumah singgah' : '',
    ownership: r.chance(0.25) ? 'pemerintah' : 'masyarakat',
    registrationNumber: `${r.int(100, 999)}/LKS/${r.int(2018, 2024)}`,
    registrationDate: regDate,
    registrationExpiry: addDays(regDate, 5 * 365),
    permitNumber: `IZ-${r.int(1000, 9999)}`,
    permitDate: regDate,
    permitExpiry: addDays(regDate, 3 * 365),
    address: `Jl. ${r.pick(NAMES)} No. ${r.int(1, 200)}`,
    kelurahan: `Kel. ${r.pick(NAMES)}`,
    kecamatan: `Kec. ${r.pick(NAMES)}`,
    kabupaten: r.pick(region.kabupaten),
    province: region.province,
    capacity,
    clientsMale: male,
    clientsFemale: clients - male,
    headName: r.pick(PEOPLE),
    phone: `08${r.int(100000000, 999999999)}`,
    email: '',
    createdAt: at(created, r),
    updatedAt: at(created, r),
  };
  // A few institutions have not filled in their roster at all.
  const staffSize = r.chance(0.05) ? 0 : r.int(4, 22);
  return { institution, quality: 0.3 + r.next() * 0.7, staffSize };
}

interface AssessmentPlan {
  profile: Profile;
  period: string;
  status: 'draft' | 'final';
  /** Day of the last update (YYYY-MM-DD). */
  day: string;
  /** A draft re-sent as final keeps its assessment id. */
  assessmentId: string;
}

function makeBundleContent(r: Rng, plan: AssessmentPlan, umum: StandarUmum) {
  const { institution } = plan.profile;
  const khusus = currentKhususFor(institution.type);
  const assessmentId = plan.assessmentId;
  const updatedAt = at(plan.day, r);
  const createdAt = at(addDays(plan.day, -r.int(5, 60)), r);
  const final = plan.status === 'final';
  const assessment: Assessment = assessmentSchema.parse({
    id: assessmentId,
    institutionId: institution.id,
    period: plan.period,
    standardId: umum.id,
    standardVersion: umum.version,
    khususId: khusus?.id ?? null,
    khususVersion: khusus?.version ?? null,
    status: plan.status,
    lastItemId: null,
    declaration: final ? { name: institution.headName || 'Kepala panti', position: 'Kepala Panti', place: institution.kabupaten, date: plan.day } : null,
    finalisedAt: final ? updatedAt : null,
    history: [],
    createdAt,
    updatedAt,
  });

  const answered = final ? 1 : 0.55 + r.next() * 0.4;
  const answers: Answer[] = [];
  for (const item of [...itemsOf(umum), ...(khusus ? itemsOf(khusus) : [])]) {
    if (!r.chance(answered)) continue;
    if (item.naAllowed && r.chance(0.08)) {
      answers.push({ assessmentId, itemId: item.id, level: null, na: true, naReason: 'Tidak ada layanan ini di panti kami.', note: '', updatedAt });
      continue;
    }
    const base = plan.profile.quality * 4 + (r.next() - 0.5) * 2.2 + (item.critical ? 0.8 : 0);
    const level = Math.max(0, Math.min(4, Math.round(base))) as Answer['level'];
    answers.push({ assessmentId, itemId: item.id, level, na: false, naReason: '', note: r.chance(0.1) ? 'Dokumen sedang diperbarui.' : '', updatedAt });
  }

  const staff: StaffMember[] = [];
  for (let i = 0; i < plan.profile.staffSize; i++) {
    const role = i === 0 ? 'kepala-panti' : r.weighted(ROLE_WEIGHTS);
    const def = STAFF_ROLES.find((x) => x.id === role)!;
    staff.push({
      id: r.uuid(),
      assessmentId,
      name: '',
      role,
      unsur: def.unsur,
      education: r.pick(EDUCATION_LEVELS),
      employment: r.pick(EMPLOYMENT),
      certified: role === 'pekerja-sosial' && r.chance(0.4),
      trainedLast12Months: r.chance(0.5),
      empowermentCapable: def.welfare && r.chance(0.3 + plan.profile.quality * 0.5),
      createdAt,
      updatedAt,
    });
  }

  const umumIds = itemsOf(umum).map((i) => i.id);
  const evidence: EvidenceDoc[] = [];
  const docs = r.int(2, 7);
  for (let i = 0; i < docs; i++) {
    const kind = r.pick(DOCUMENT_KINDS);
    const issueDate = addDays('2019-01-01', r.int(0, 2500));
    // Registrations and permits expire; some already have on 2026-11-22.
    const expiryDate = EXPIRING_KINDS.has(kind) ? addDays(issueDate, r.int(2, 5) * 365) : '';
    evidence.push({
      id: r.uuid(),
      assessmentId,
      kind,
      title: `${kind} ${institution.name}`,
      number: `${r.int(1, 999)}/${r.int(2019, 2026)}`,
      issuer: kind.includes('Kemenkumham') ? 'Kementerian Hukum dan HAM' : 'Dinas Sosial',
      issueDate,
      expiryDate,
      itemIds: [r.pick(umumIds), r.pick(umumIds)].filter((v, j, a) => a.indexOf(v) === j),
      fileName: '',
      mime: '',
      size: 0,
      width: 0,
      height: 0,
      createdAt,
      updatedAt,
    });
  }

  const actions: Action[] = answers
    .filter((a) => a.level !== null && a.level < 2)
    .slice(0, 3)
    .map((a) => ({
      id: r.uuid(),
      assessmentId,
      itemId: a.itemId,
      action: `Perbaiki butir ${a.itemId}`,
      responsible: r.pick(PEOPLE),
      targetDate: addDays(plan.day, r.int(30, 180)),
      status: 'belum' as const,
      createdAt,
      updatedAt,
    }));

  return snapshotContent({ institution, assessment, answers, staff, evidence, actions, reviews: [], reviewMeta: null });
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/**
 * N sealed bundles (deterministic for a seed), in file order. Most are first bundles of new institutions; about
 * `duplicateShare` are a second bundle of an earlier institution: a draft re-sent as final for the same period
 * (the final one must win), or the next period.
 */
export async function generateBundles(count: number, options: GenerateOptions = {}): Promise<GeneratedFile[]> {
  const r = rng(options.seed ?? 1);
  const umum = currentUmum();
  const duplicateShare = options.duplicateShare ?? 0.12;
  const draftShare = options.draftShare ?? 0.2;
  const plans: AssessmentPlan[] = [];
  const profiles: Profile[] = [];
  for (let i = 0; i < count; i++) {
    const earlier = plans.filter((p) => p.period === '2026');
    if (i > 0 && earlier.length > 0 && r.chance(duplicateShare)) {
      const drafts = earlier.filter((p) => p.status === 'draft' && !plans.some((q) => q !== p && q.profile === p.profile && q.period === p.period));
      if (drafts.length > 0 && r.chance(0.5)) {
        const draft = r.pick(drafts);
        plans.push({ profile: draft.profile, period: draft.period, status: 'final', day: addDays(draft.day, r.int(3, 30)), assessmentId: draft.assessmentId });
      } else {
        const prev = r.pick(earlier);
        if (!plans.some((q) => q.profile === prev.profile && q.period === '2025')) {
          plans.push({ profile: prev.profile, period: '2025', status: 'final', day: addDays('2025-06-01', r.int(0, 150)), assessmentId: r.uuid() });
          continue;
        }
        plans.push({ profile: prev.profile, period: '2026', status: 'final', day: addDays(prev.day, r.int(1, 20)), assessmentId: r.uuid() });
      }
      continue;
    }
    const profile = makeInstitution(r, profiles.length);
    profiles.push(profile);
    plans.push({ profile, period: '2026', status: r.chance(draftShare) ? 'draft' : 'final', day: addDays('2026-07-01', r.int(0, 120)), assessmentId: r.uuid() });
  }

  const files: GeneratedFile[] = [];
  for (const [i, plan] of plans.entries()) {
    const content = makeBundleContent(r, plan, umum);
    const bundle = await sealBundle(content, { version: '0.1.0', build: 'generator' }, at(plan.day, r));
    const fileName = `${String(i + 1).padStart(4, '0')}-${slug(plan.profile.institution.name)}-${plan.period}-${plan.status}.json`;
    files.push({ fileName, bundle, text: JSON.stringify(bundle) });
  }
  return files;
}

/** For the benchmark: N bundle files as { name, text }, quickly (about a millisecond or two each). */
export async function generateBundleFiles(count: number, seed = 1): Promise<{ name: string; text: string }[]> {
  return (await generateBundles(count, { seed })).map((f) => ({ name: f.fileName, text: f.text }));
}

/** Writes the files to a folder; returns their paths. */
export async function writeBundles(count: number, outDir: string, seed = 1): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const files = await generateBundles(count, { seed });
  return files.map((f) => {
    const path = join(outDir, f.fileName);
    writeFileSync(path, f.text);
    return path;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [countArg, outDir, seedArg] = process.argv.slice(2);
  const count = Number(countArg);
  if (!Number.isInteger(count) || count < 1 || !outDir) {
    console.error('usage: npx tsx scripts/generate-bundles.ts N outDir [seed]');
    process.exit(2);
  }
  const started = performance.now();
  const paths = await writeBundles(count, outDir, seedArg ? Number(seedArg) : 1);
  console.log(`${paths.length} berkas ditulis ke ${outDir} dalam ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
