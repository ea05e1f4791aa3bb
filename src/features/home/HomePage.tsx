import { useEffect } from 'react';
import { Link, useLocation } from 'wouter';
import { RoleChooser } from '../../ui/RoleChooser';
import { useRole } from '../../ui/role';
import { institutionTypeLabel } from '../../domain/records';
import { ProgressBar } from '../../ui/ProgressBar';
import { formatDateTime, formatScore } from '../../ui/scoreFormat';
import { HomeAlerts } from './HomeAlerts';
import { useHomeData } from './useHomeData';
import './home.css';

export default function HomePage() {
  const data = useHomeData();
  const role = useRole();
  const [, navigate] = useLocation();
  // An assessor's or a Dinas's home is their own screen, not the panti's Beranda.
  useEffect(() => {
    if (role === 'asesor') navigate('/asesor', { replace: true });
    if (role === 'dinas') navigate('/rekap', { replace: true });
  }, [role, navigate]);
  // An assessor's review copies are someone else's panti: listed apart, never as this device's own work.
  const isCopy = (a: { origin?: { kind: string } }) => a.origin?.kind === 'review-copy';
  const own = data?.flatMap((d) => {
    const mine = d.assessments.filter((x) => !isCopy(x.assessment));
    return mine.length || d.assessments.length === 0 ? [{ ...d, assessments: mine }] : [];
  });
  const copies = data?.flatMap((d) => d.assessments.filter((x) => isCopy(x.assessment)).map((x) => ({ institution: d.institution, ...x }))) ?? [];
  return (
    <>
      <h1>Beranda</h1>
      <p className="muted">Asesmen mandiri panti sosial terhadap Standar Umum Panti Sosial. Semua isian langsung tersimpan di perangkat ini.</p>
      {role === null && <RoleChooser />}

      {own === undefined ? (
        <p role="status">Memuat data…</p>
      ) : own.length === 0 ? (
        <section className="card" aria-labelledby="mulai">
          <h2 id="mulai">Mulai di sini</h2>
          <p>Belum ada lembaga. Isi profil lembaga Anda, lalu mulai asesmen untuk satu periode.</p>
          <Link className="button" href="/lembaga/baru">
            Tambah lembaga
          </Link>
        </section>
      ) : (
        <>
          {own.map(({ institution, assessments }) => (
            <section key={institution.id} className="card institution" aria-labelledby={`inst-${institution.id}`}>
              <h2 id={`inst-${institution.id}`}>
                <Link href={`/lembaga/${institution.id}`}>{institution.name}</Link>
              </h2>
              <p className="muted small">
                {institutionTypeLabel(institution.type)} · {institution.kabupaten ? `${institution.kabupaten}, ` : ''}
                {institution.province}
              </p>
              <p>
                <Link href={`/lembaga/${institution.id}`}>Profil lembaga dan asesmen baru</Link>
              </p>
              {assessments.length === 0 ? (
                <p className="muted">Belum ada asesmen untuk lembaga ini.</p>
              ) : (
                <ul className="assessment-cards">
                  {assessments.map(({ assessment: a, completion, resumeItemId, newerVersion, verification, team }) => {
                    const final = a.status === 'final';
                    return (
                      <li key={a.id} className="assessment-card" data-testid={`assessment-${a.id}`}>
                        <div className="assessment-head">
                          <Link href={`/asesmen/${a.id}`}>Periode {a.period}</Link>
                          <span className={`badge ${final ? 'final' : 'draft'}`}>{final ? 'final' : 'draf'}</span>
                        </div>
                        {completion && (
                          <ProgressBar
                            value={completion.percent}
                            label={`Kelengkapan asesmen periode ${a.period}`}
                            text={`${completion.answered}/${completion.total} butir`}
                          />
                        )}
                        <p className="muted small">Terakhir diubah {formatDateTime(a.updatedAt)}</p>
                        {verification && (
                          <p data-testid="home-verification">
                            <Link href={`/hasil/${a.id}#verifikasi`}>
                              Diverifikasi asesor: skor terverifikasi {formatScore(verification.verifiedTotal)},{' '}
                              {verification.findings === 0 ? 'tidak ada temuan berbeda' : `${verification.findings} temuan berbeda`}
                            </Link>
                          </p>
                        )}
                        {team && !team.lead && team.members[0] && (
                          <p className="small" data-testid="home-team-self">
                            Tugas Anda sebagai anggota tim: {team.members[0].answered}/{team.members[0].assigned} terjawab ·{' '}
                            <Link href={`/asesmen/${a.id}/tim`}>Kirim hasil ke ketua tim</Link>
                          </p>
                        )}
                        {team?.lead && (
                          <div className="home-team" data-testid="home-team">
                            <p className="small">
                              <Link href={`/asesmen/${a.id}/tim`}>Tim ({team.members.length} orang)</Link>
                            </p>
                            <ul className="small">
                              {team.members.map((m) => (
                                <li key={m.memberId}>
                                  {m.name}
                                  {m.lead ? ' (ketua)' : ''}: {m.answered}/{m.assigned} terjawab
                                  {!m.lead && ` · berkas terakhir: ${m.receivedAt ? formatDateTime(m.receivedAt) : 'belum ada'}`}
                                </li>
                              ))}
                            </ul>
                          </div>
                        )}
                        <div className="actions">
                          {!final && resumeItemId && (
                            <Link className="button" href={`/asesmen/${a.id}/butir/${resumeItemId}`} aria-label={`Lanjutkan asesmen periode ${a.period} di butir ${resumeItemId}`}>
                              Lanjutkan
                            </Link>
                          )}
                          {final && (
                            <Link className="button secondary" href={`/asesmen/${a.id}`}>
                              Lihat
                            </Link>
                          )}
                          {newerVersion && !final && (
                            <Link className="button secondary" href={`/asesmen/${a.id}/pindah`} data-testid="offer-move">
                              Pindahkan ke versi {newerVersion}
                            </Link>
                          )}
                        </div>
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          ))}
          <div className="actions">
            <Link className="button secondary" href="/lembaga/baru">
              Tambah lembaga
            </Link>
          </div>
        </>
      )}

      {copies.length > 0 && (
        <section className="card" aria-labelledby="review-copies" data-testid="home-review-copies">
          <h2 id="review-copies">Salinan tinjauan asesor</h2>
          <p className="muted small">Asesmen lembaga lain yang dibuka untuk diverifikasi. Hanya dapat dibaca; pengingat lembaga itu tidak ditampilkan di sini.</p>
          <ul className="assessment-cards">
            {copies.map(({ institution, assessment: a }) => (
              <li key={a.id} className="assessment-card">
                <div className="assessment-head">
                  <Link href={`/asesor/${a.id}`}>
                    {institution.name} · periode {a.period}
                  </Link>
                  <span className="badge">salinan tinjauan</span>
                </div>
                {a.origin && <p className="muted small">Diimpor {formatDateTime(a.origin.importedAt)}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {/* Reminders (documents expiring, overdue actions, backups) come after the next action: see HomeAlerts.tsx */}
      <HomeAlerts />
    </>
  );
}
