import type { ItemCoreFields } from '../../domain/standard/schema';
import { formatDateId } from '../../ui/format';
import { AssessmentNotFound } from '../../ui/AssessmentNotFound';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useParams } from 'wouter';
import { declarationSchema, type Declaration } from '../../domain/records';
import { finaliseAssessment, reopenAssessment } from '../../data/assessments';
import { saveErrorMessage } from '../../ui/SaveStatus';
import { fieldRuleText } from '../../ui/messages';
import { formatDateTime, formatScore } from '../../ui/scoreFormat';
import { checkFinalise } from './finaliseCheck';
import { useLiveRead } from '../../data/live';
import { evidenceCountsByItem, expiryAlerts, localToday } from '../../data/evidence';
import type { AssessmentScore } from '../../domain/scoring';
import type { PlacedItem } from '../../domain/assessment';
import { useAssessmentData } from './useAssessmentData';
import { NewerVersion } from './NewerVersion';
import './questionnaire.css';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export default function FinalisePage() {
  const { assessmentId = '' } = useParams<{ assessmentId: string }>();
  const data = useAssessmentData(assessmentId);
  const check = useMemo(
    () => (data.scored ? checkFinalise(data.placed, data.scored.score, data.answersById, data.institution) : null),
    [data.placed, data.scored, data.answersById, data.institution],
  );
  const [error, setError] = useState<string | null>(null);
  const [confirmReopen, setConfirmReopen] = useState(false);

  if (data.loading) return <p role="status">Memuat asesmen…</p>;
  const { assessment, institution } = data;
  if (!assessment) {
    return <AssessmentNotFound />;
  }
  if (!data.instrument?.ok || !check || !data.scored) {
    return (
      <div className="card danger" role="alert">
        <h1>Standar tidak tersedia</h1>
        <p>{data.instrument && !data.instrument.ok ? data.instrument.message : ''}</p>
      </div>
    );
  }
  const score = data.scored.score;

  const reopen = async () => {
    setError(null);
    try {
      await reopenAssessment(assessment.id);
      setConfirmReopen(false);
    } catch (e) {
      setError(saveErrorMessage(e));
    }
  };

  return (
    <>
      <h1>Finalisasi asesmen</h1>
      <p className="muted">
        {institution?.name} — periode {assessment.period} ·{' '}
        <span className={`badge ${assessment.status === 'final' ? 'final' : 'draft'}`}>{assessment.status === 'final' ? 'final' : 'draf'}</span>
      </p>
      <p>
        Skor sementara <strong>{formatScore(score.total)}</strong> · {score.grade.label} · terisi {score.completion.answered}/
        {score.completion.total} butir.
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {institution && <NewerVersion assessment={assessment} institutionType={institution.type} final={assessment.status === 'final'} />}

      {assessment.team && !assessment.team.members.find((m) => m.id === assessment.team!.selfId)?.lead && assessment.status !== 'final' ? (
        <section className="card" aria-labelledby="member-final-heading" data-testid="member-finalise">
          <h2 id="member-final-heading">Finalisasi oleh ketua tim</h2>
          <p>
            Anda mengisi sebagai anggota tim. Pernyataan dan finalisasi dilakukan ketua tim
            {assessment.team.members.find((m) => m.lead) ? ` (${assessment.team.members.find((m) => m.lead)!.name})` : ''} setelah menggabungkan hasil semua
            anggota.
          </p>
          <div className="actions">
            <Link className="button" href={`/asesmen/${assessment.id}/tim`}>
              Kirim hasil ke ketua tim
            </Link>
          </div>
        </section>
      ) : assessment.status === 'final' ? (
        <section className="card" aria-labelledby="final-heading">
          <h2 id="final-heading">Asesmen sudah final</h2>
          <p data-testid="final-state">
            Difinalkan {formatDateTime(assessment.finalisedAt)}. Pernyataan oleh{' '}
            <strong>{assessment.declaration.name}</strong> ({assessment.declaration.position}), {assessment.declaration.place},{' '}
            {formatDateId(assessment.declaration.date)}.
          </p>
          <div className="actions" data-testid="after-final">
            <Link className="button" href={`/hasil/${assessment.id}`}>
              Lihat hasil
            </Link>
            <Link className="button secondary" href={`/laporan/${assessment.id}`}>
              Buat laporan
            </Link>
          </div>
          <p>Jawaban terkunci. Untuk mengubah, buka kembali; versi final ini tetap tersimpan di riwayat.</p>
          {confirmReopen ? (
            <div className="actions">
              <button type="button" onClick={() => void reopen()}>
                Ya, buka kembali
              </button>
              <button type="button" className="secondary" onClick={() => setConfirmReopen(false)}>
                Batal
              </button>
            </div>
          ) : (
            <div className="actions">
              <button type="button" className="secondary" onClick={() => setConfirmReopen(true)}>
                Buka kembali
              </button>
              <Link className="button secondary" href={`/asesmen/${assessment.id}`}>
                Lihat jawaban
              </Link>
            </div>
          )}
        </section>
      ) : check.ready ? (
        <>
        <RiskSummary assessmentId={assessment.id} score={score} placed={data.placed} />
        <DeclarationForm
          defaults={{
            name: assessment.history.at(-1)?.declaration.name ?? institution?.headName ?? '',
            position: assessment.history.at(-1)?.declaration.position ?? 'Kepala panti',
            place: institution?.kabupaten ?? '',
            date: today(),
          }}
          onSubmit={async (d) => {
            setError(null);
            try {
              await finaliseAssessment(assessment.id, d);
            } catch (e) {
              setError(saveErrorMessage(e));
            }
          }}
        />
        </>
      ) : (
        <section className="card warn" aria-labelledby="missing-heading">
          <h2 id="missing-heading">Belum dapat difinalkan</h2>
          {check.missingProfile.length > 0 && (
            <>
              <h3>Profil lembaga belum lengkap ({check.missingProfile.length})</h3>
              <ul className="missing-list" data-testid="missing-profile">
                {check.missingProfile.map((m) => (
                  <li key={m.field}>
                    <Link href={`/lembaga/${assessment.institutionId}#field-${m.field}`}>{m.label}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          {check.missingItems.length > 0 && (
            <>
              <h3>Butir belum dijawab ({check.missingItems.length})</h3>
              <ul className="missing-list" data-testid="missing-items">
                {check.missingItems.map((m) => (
                  <li key={m.itemId}>
                    <Link href={`/asesmen/${assessment.id}/butir/${m.itemId}`}>
                      {m.itemId}
                      {m.reason === 'na-without-reason' ? ' — N/A tanpa alasan' : ''}
                    </Link>{' '}
                    <span className="muted small">{m.statement}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      {assessment.history.length > 0 && (
        <section className="card" aria-labelledby="history-heading">
          <h2 id="history-heading">Riwayat versi final</h2>
          <ul>
            {assessment.history.map((h) => (
              <li key={h.finalisedAt + h.reopenedAt}>
                Final {formatDateTime(h.finalisedAt)} oleh {h.declaration.name}; dibuka kembali {formatDateTime(h.reopenedAt)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function DeclarationForm({ defaults, onSubmit }: { defaults: Declaration; onSubmit: (d: Declaration) => Promise<void> }) {
  // Finalising locks the answers: asked once more, after the risk summary above.
  const [confirming, setConfirming] = useState<Declaration | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Declaration>({ resolver: zodResolver(declarationSchema), defaultValues: defaults });
  const fields = [
    ['name', 'Nama yang menyatakan', 'text'],
    ['position', 'Jabatan', 'text'],
    ['place', 'Tempat', 'text'],
    ['date', 'Tanggal', 'date'],
  ] as const;
  return (
    <form className="card" noValidate onSubmit={handleSubmit((d) => setConfirming(d))} aria-labelledby="decl-heading">
      <h2 id="decl-heading">Pernyataan</h2>
      <p>
        Dengan ini saya menyatakan bahwa isian asesmen mandiri ini sesuai dengan keadaan panti yang sebenarnya dan dapat
        dibuktikan dengan dokumen pendukung.
      </p>
      {fields.map(([name, label, type]) => (
        <div key={name} className="field">
          <label htmlFor={`decl-${name}`}>{label}</label>
          <input
            id={`decl-${name}`}
            type={type}
            {...register(name)}
            aria-invalid={errors[name] ? true : undefined}
            aria-describedby={errors[name] ? `decl-${name}-error` : undefined}
          />
          {errors[name] && (
            <p className="field-error" id={`decl-${name}-error`}>
              {fieldRuleText(errors[name]?.message)}
            </p>
          )}
        </div>
      ))}
      {confirming ? (
        <div className="actions" role="group" aria-label="Konfirmasi finalisasi" data-testid="finalise-confirm">
          <p style={{ width: '100%' }}>
            <strong>Yakin memfinalkan?</strong> Jawaban akan terkunci; untuk mengubahnya, asesmen harus dibuka kembali.
          </p>
          <button type="button" disabled={isSubmitting} onClick={() => void onSubmit(confirming)}>
            Ya, finalkan
          </button>
          <button type="button" className="secondary" onClick={() => setConfirming(null)}>
            Batal
          </button>
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" disabled={isSubmitting || confirming !== null}>
          Finalkan asesmen
        </button>
      </div>
    </form>
  );
}

/** What finalising means for this assessment: unmet critical items, items without any evidence, expired documents. */
function RiskSummary({ assessmentId, score, placed }: { assessmentId: string; score: AssessmentScore; placed: PlacedItem<ItemCoreFields>[] }) {
  const counts = useLiveRead(() => evidenceCountsByItem(assessmentId), [assessmentId]);
  const expired = useLiveRead(async () => (await expiryAlerts(localToday(), assessmentId)).filter((a) => a.state === 'expired'), [assessmentId]);
  if (!counts || !expired) return null;
  const statement = new Map(placed.map((p) => [p.item.id, p.item.statement]));
  const unmet = score.grade.unmetCritical;
  const noEvidence = placed.filter((p) => score.itemsById[p.item.id]?.source !== 'na' && !counts[p.item.id]);
  return (
    <section className={`card ${unmet.length || expired.length ? 'warn' : ''}`} aria-labelledby="risk-heading" data-testid="finalise-risks">
      <h2 id="risk-heading">Sebelum memfinalkan</h2>
      <ul>
        <li data-testid="risk-critical">
          {unmet.length === 0 ? 'Semua butir kritis terpenuhi.' : `${unmet.length} butir kritis belum terpenuhi: ${unmet.map((id) => `${id} (${statement.get(id) ?? ''})`).join('; ')}. Perkiraan peringkat akan “belum memenuhi syarat”.`}
        </li>
        <li data-testid="risk-evidence">
          {noEvidence.length === 0
            ? 'Setiap butir punya paling sedikit satu bukti.'
            : `${noEvidence.length} butir belum punya bukti apa pun di daftar bukti (Formulir B); asesor akan memintanya saat kunjungan.`}
        </li>
        <li data-testid="risk-expired">
          {expired.length === 0 ? 'Tidak ada dokumen yang kedaluwarsa.' : `${expired.length} dokumen kedaluwarsa: ${expired.map((a) => a.doc.kind).join(', ')}.`}
        </li>
      </ul>
      <p className="muted small">Setelah final, jawaban terkunci; laporan PDF dan berkas asesmen memakai isian saat ini.</p>
    </section>
  );
}
