import { useEffect, useId, useMemo, useState } from 'react';
import { Link, useParams } from 'wouter';
import { AssessmentNotFound } from '../../ui/AssessmentNotFound';
import { storeErrorText } from '../../ui/messages';
import { BundleImport } from '../../ui/BundleImport';
import { downloadJson } from '../../ui/download';
import { formatDateTimeId } from '../../ui/format';
import { placeItems, type PlacedItem } from '../../ui/instrument';
import { instrumentFor } from '../../ui/instrumentFor';
import { useAnswers } from '../../data/answers';
import { useAssessment } from '../../data/assessments';
import { exportAssessmentBundle } from '../../data/bundleExport';
import { useInstitution } from '../../data/institutions';
import { addMember, exportTaskPackage, leadOf, removeMember, startTeam, updateMember } from '../../data/team';
import { memberProgress, teamProgress } from '../../domain/team/progress';
import { checkAssignments, itemsOfMember, teamItems } from '../../domain/team/assignment';
import { teamFileName } from '../../domain/team/fileNames';
import type { Assessment, Team, TeamMember } from '../../domain/records';
import './team.css';

type Aspect = { id: string; name: string; components: { id: string; name: string; count: number }[]; count: number };

function aspectsOf(placed: PlacedItem[]): Aspect[] {
  const out: Aspect[] = [];
  for (const p of placed) {
    let a = out[out.length - 1];
    if (a?.id !== p.aspect.id) out.push((a = { id: p.aspect.id, name: p.aspect.name, components: [], count: 0 }));
    a.count++;
    let c = a.components[a.components.length - 1];
    if (c?.id !== p.component.id) a.components.push((c = { id: p.component.id, name: p.component.name, count: 0 }));
    c.count++;
  }
  return out;
}


export default function TeamPage() {
  const { assessmentId = '' } = useParams<{ assessmentId: string }>();
  const assessment = useAssessment(assessmentId);
  const institution = useInstitution(assessment?.institutionId);
  const answers = useAnswers(assessmentId);
  const instrument = useMemo(() => (assessment ? instrumentFor(assessment) : null), [assessment?.standardId, assessment?.standardVersion, assessment?.khususId, assessment?.khususVersion]); // eslint-disable-line react-hooks/exhaustive-deps
  const placed = useMemo(() => (instrument?.ok ? placeItems(instrument.umum, instrument.khusus, institution?.ownership ?? null) : []), [instrument, institution?.ownership]);
  const [error, setError] = useState<string | null>(null);

  if (assessment === undefined || answers === undefined) return <p role="status">Memuat…</p>;
  if (!assessment) return <AssessmentNotFound />;
  const title = `${institution?.name ?? 'Lembaga'} — periode ${assessment.period}`;
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(storeErrorText(e));
    }
  };
  const team = assessment.team;
  const lead = leadOf(team);
  return (
    <div className="team-page">
      <nav aria-label="Posisi" className="crumbs">
        <Link href={`/asesmen/${assessment.id}`}>Asesmen</Link> › Isi bersama tim
      </nav>
      <h1>Isi bersama tim</h1>
      <p className="muted">{title}</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!team && <StartTeam onStart={(input) => run(() => startTeam(assessment.id, input))} final={assessment.status === 'final'} />}
      {team && lead && (
        <LeadView
          assessment={assessment}
          team={team}
          placed={placed}
          answers={answers}
          institutionName={institution?.name ?? 'lembaga'}
          run={run}
        />
      )}
      {team && !lead && <MemberView assessment={assessment} team={team} placed={placed} answers={answers} institutionName={institution?.name ?? 'lembaga'} run={run} />}
    </div>
  );
}

function StartTeam({ onStart, final }: { onStart: (input: { name: string; position: string }) => Promise<void>; final: boolean }) {
  const id = useId();
  const [name, setName] = useState('');
  const [position, setPosition] = useState('Kepala panti');
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Bagi tugas kepada tim</h2>
      <p>
        Setiap anggota tim mengisi bagiannya di ponselnya sendiri, tanpa internet. Anda memberi setiap anggota sebuah <strong>paket tugas</strong> (berkas
        yang dikirim lewat WhatsApp atau kabel), anggota mengirim kembali <strong>berkas hasil</strong>, dan perangkat ini menggabungkannya butir demi
        butir. Bila dua orang mengubah butir yang sama secara berbeda, Anda yang memilih; tidak ada yang ditimpa diam-diam.
      </p>
      <p className="muted">Perangkat ini menjadi perangkat ketua tim: pernyataan dan finalisasi tetap di sini.</p>
      {final ? (
        <p className="muted">Asesmen ini sudah final. Buka kembali asesmen untuk membagi tugas.</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) void onStart({ name: name.trim(), position: position.trim() });
          }}
        >
          <label htmlFor={`${id}-name`}>Nama Anda (ketua tim)</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} autoComplete="name" />
          <label htmlFor={`${id}-pos`}>Jabatan</label>
          <input id={`${id}-pos`} value={position} onChange={(e) => setPosition(e.target.value)} maxLength={200} />
          <div className="actions">
            <button type="submit">Bentuk tim</button>
          </div>
        </form>
      )}
    </section>
  );
}

interface ViewProps {
  assessment: Assessment;
  team: Team;
  placed: PlacedItem[];
  answers: NonNullable<ReturnType<typeof useAnswers>>;
  institutionName: string;
  run: (work: () => Promise<unknown>) => Promise<void>;
}

function LeadView({ assessment, team, placed, answers, institutionName, run }: ViewProps) {
  const aspects = useMemo(() => aspectsOf(placed), [placed]);
  const items = useMemo(() => teamItems(placed), [placed]);
  const check = useMemo(() => checkAssignments(team, items), [team, items]);
  const overlap = check.overlaps;
  const progress = useMemo(() => teamProgress(team, items, answers), [team, items, answers]);
  const final = assessment.status === 'final';
  const download = async (member: TeamMember) => {
    const bundle = await exportTaskPackage(assessment.id, member.id);
    downloadJson(bundle, teamFileName('tugas', member.name, institutionName, new Date()));
  };
  return (
    <>
      <section className="card" aria-labelledby="team-members">
        <h2 id="team-members">Anggota dan tugasnya</h2>
        <p className="muted small">
          Centang aspek atau komponen untuk setiap anggota, lalu unduh paket tugasnya dan kirimkan kepadanya. Butir yang tidak ditugaskan diisi ketua tim.
        </p>
        {overlap.length > 0 && (
          <p className="warn" data-testid="team-overlap">
            {overlap.length} butir ditugaskan kepada lebih dari satu anggota. Bila keduanya mengisi secara berbeda, Anda akan diminta memilih saat menggabungkan.
          </p>
        )}
        {check.unknown.length > 0 && (
          <p className="warn" data-testid="team-unknown">
            {check.unknown.length} tugas menunjuk aspek atau komponen yang tidak ada di versi standar asesmen ini (misalnya setelah pindah ke versi
            terbaru): {[...new Set(check.unknown.map((u) => u.id))].join(', ')}. Ubah centang tugas anggota itu; aspek atau komponen yang sudah tidak ada lalu dihapus dari tugasnya.
          </p>
        )}
        <ul className="team-list">
          {team.members.map((m) => (
            <MemberCard
              key={m.id}
              member={m}
              aspects={aspects}
              progress={progress.find((p) => p.memberId === m.id)}
              final={final}
              onChange={(patch) => run(() => updateMember(assessment.id, m.id, patch))}
              onRemove={() => run(() => removeMember(assessment.id, m.id))}
              onPackage={() => run(() => download(m))}
            />
          ))}
        </ul>
        {!final && <AddMember onAdd={(input) => run(() => addMember(assessment.id, input))} />}
      </section>
      <section className="card" aria-labelledby="team-receive">
        <h2 id="team-receive">Terima berkas hasil anggota</h2>
        <p className="muted small">
          Pilih berkas hasil yang dikirim anggota. Aplikasi menunjukkan apa yang berubah; butir yang diubah berbeda oleh dua orang ditampilkan berdampingan
          untuk Anda pilih.
        </p>
        <BundleImport />
      </section>
    </>
  );
}

function MemberCard({
  member,
  aspects,
  progress,
  final,
  onChange,
  onRemove,
  onPackage,
}: {
  member: TeamMember;
  aspects: Aspect[];
  progress: ReturnType<typeof memberProgress>[number] | undefined;
  final: boolean;
  onChange: (patch: Partial<Pick<TeamMember, 'aspectIds' | 'componentIds'>>) => Promise<void>;
  onRemove: () => Promise<void>;
  onPackage: () => Promise<void>;
}) {
  const id = useId();
  const toggle = (list: string[], value: string, on: boolean) => (on ? [...new Set([...list, value])] : list.filter((x) => x !== value));
  // A tick shows at once; the stored team (live) catches up a moment later.
  const [shown, setShown] = useState({ aspectIds: member.aspectIds, componentIds: member.componentIds });
  const stored = `${member.aspectIds.join(',')}|${member.componentIds.join(',')}`;
  useEffect(() => setShown({ aspectIds: member.aspectIds, componentIds: member.componentIds }), [stored]); // eslint-disable-line react-hooks/exhaustive-deps
  // A member without any task opens with the list; React never closes it again as ticks arrive.
  const [openAtFirst] = useState(() => member.aspectIds.length === 0 && member.componentIds.length === 0);
  // A change also drops ids this version of the standard no longer has (left over from before a version move).
  const knownAspects = new Set(aspects.map((a) => a.id));
  const knownComponents = new Set(aspects.flatMap((a) => a.components.map((c) => c.id)));
  const change = (patch: Partial<typeof shown>) => {
    const next = {
      aspectIds: (patch.aspectIds ?? shown.aspectIds).filter((id) => knownAspects.has(id)),
      componentIds: (patch.componentIds ?? shown.componentIds).filter((id) => knownComponents.has(id)),
    };
    setShown(next);
    void onChange(next);
  };
  return (
    <li className="team-member" data-testid="team-member" aria-labelledby={`${id}-n`}>
      <h3 id={`${id}-n`}>
        {member.name}
        {member.position ? <span className="muted"> · {member.position}</span> : null}
        {member.lead && <span className="badge final"> ketua tim</span>}
      </h3>
      {progress && (
        <p className="small" data-testid="member-progress">
          {member.lead ? `${progress.assigned} butir tanpa penugasan (diisi ketua tim)` : `${progress.assigned} butir ditugaskan`} · {progress.answered} terjawab
          {!member.lead && <> · berkas terakhir diterima: {member.receivedAt ? formatDateTimeId(member.receivedAt) : 'belum ada'}</>}
          {!member.lead && member.packageAt && <> · paket dibuat {formatDateTimeId(member.packageAt)}</>}
        </p>
      )}
      {!member.lead && (
        <details className="team-assign" open={openAtFirst}>
          <summary>
            Tugas ({shown.aspectIds.length} aspek, {shown.componentIds.length} komponen)
          </summary>
          <fieldset disabled={final}>
            <legend className="visually-hidden">Tugas {member.name}</legend>
            {aspects.map((a) => (
              <div key={a.id} className="team-aspect">
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={shown.aspectIds.includes(a.id)}
                    onChange={(e) => change({ aspectIds: toggle(shown.aspectIds, a.id, e.target.checked) })}
                  />{' '}
                  {a.id} {a.name} <span className="muted">({a.count} butir)</span>
                </label>
                {!shown.aspectIds.includes(a.id) && (
                  <details className="team-components">
                    <summary>Pilih komponen {a.id}</summary>
                    {a.components.map((c) => (
                      <label key={c.id} className="choice">
                        <input
                          type="checkbox"
                          checked={shown.componentIds.includes(c.id)}
                          onChange={(e) => change({ componentIds: toggle(shown.componentIds, c.id, e.target.checked) })}
                        />{' '}
                        {c.name} <span className="muted">({c.count} butir)</span>
                      </label>
                    ))}
                  </details>
                )}
              </div>
            ))}
          </fieldset>
        </details>
      )}
      {!member.lead && !final && (
        <div className="actions">
          <button type="button" onClick={() => void onPackage()} disabled={(progress?.assigned ?? 0) === 0}>
            Unduh paket tugas {member.name}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              if (window.confirm(`Hapus ${member.name} dari tim? Jawaban yang sudah digabungkan tetap ada, tetapi nama pengisinya tidak lagi tercantum (menjadi “Anggota tim lain”).`)) void onRemove();
            }}
          >
            Hapus dari tim
          </button>
        </div>
      )}
    </li>
  );
}

function AddMember({ onAdd }: { onAdd: (input: { name: string; position: string }) => Promise<void> }) {
  const id = useId();
  const [name, setName] = useState('');
  const [position, setPosition] = useState('');
  return (
    <form
      className="team-add"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return;
        void onAdd({ name: name.trim(), position: position.trim() }).then(() => {
          setName('');
          setPosition('');
        });
      }}
    >
      <h3>Tambah anggota</h3>
      <label htmlFor={`${id}-name`}>Nama anggota</label>
      <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
      <label htmlFor={`${id}-pos`}>Jabatan (misalnya Bendahara, Pekerja sosial)</label>
      <input id={`${id}-pos`} value={position} onChange={(e) => setPosition(e.target.value)} maxLength={200} />
      <div className="actions">
        <button type="submit">Tambah anggota</button>
      </div>
    </form>
  );
}

function MemberView({ assessment, team, placed, answers, institutionName, run }: ViewProps) {
  const self = team.members.find((m) => m.id === team.selfId);
  const lead = team.members.find((m) => m.lead);
  const items = useMemo(() => teamItems(placed), [placed]);
  const progress = useMemo(() => memberProgress(team, items, answers).find((p) => p.memberId === team.selfId), [team, items, answers]);
  const mine = useMemo(() => (self ? itemsOfMember(items, self) : []), [items, self]);
  const [sent, setSent] = useState(false);
  const send = async () => {
    const bundle = await exportAssessmentBundle(assessment.id, { withPhotos: true });
    if (!bundle) throw new Error('Asesmen tidak ditemukan');
    downloadJson(bundle, teamFileName('hasil', self?.name ?? 'anggota', institutionName, new Date()));
    setSent(true);
  };
  const first = placed.find((p) => mine.includes(p.item.id));
  return (
    <>
      <section className="card" aria-labelledby="team-self">
        <h2 id="team-self">Tugas Anda</h2>
        <p>
          Anda mengisi sebagai <strong>{self?.name ?? 'anggota tim'}</strong>
          {self?.position ? ` (${self.position})` : ''} untuk ketua tim {lead?.name ?? ''}.
        </p>
        {progress && (
          <p data-testid="member-progress">
            {progress.assigned} butir ditugaskan kepada Anda · {progress.answered} sudah terjawab.
          </p>
        )}
        {first && (
          <div className="actions">
            <Link className="button" href={`/asesmen/${assessment.id}/butir/${first.item.id}`}>
              Isi tugas Anda (mulai {first.item.id})
            </Link>
          </div>
        )}
        <p className="muted small">Butir lain dapat dibaca. Bila perlu mengubahnya, ketuk “Tetap ubah butir ini” di butir itu; ketua tim akan melihat perubahan Anda.</p>
      </section>
      <section className="card" aria-labelledby="team-send">
        <h2 id="team-send">Kirim hasil ke ketua tim</h2>
        <p>Unduh berkas hasil lalu kirimkan kepada {lead?.name ?? 'ketua tim'} (misalnya lewat WhatsApp). Anda boleh mengirim lagi kapan saja; berkas yang sama tidak mengubah apa pun dua kali.</p>
        <div className="actions">
          <button type="button" onClick={() => void run(send)}>
            Unduh berkas hasil
          </button>
        </div>
        {sent && (
          <p role="status" className="ok">
            Berkas hasil sudah diunduh. Kirimkan berkas itu kepada ketua tim.
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="team-update">
        <h2 id="team-update">Terima paket baru dari ketua tim</h2>
        <BundleImport />
      </section>
    </>
  );
}
