import { AssessmentNotFound } from '../../ui/AssessmentNotFound';
import { useLiveRead } from '../../data/live';
import { isReviewCopy } from '../../data/reviewCopy';
import { ReviewFindings } from '../../ui/ReviewFindings';
import { useReviews } from '../../data/reviews';
import { ItemEvidenceBadge } from '../../ui/ItemEvidenceBadge';
import { ExpiryAlerts } from '../../ui/ExpiryAlerts';
import { lazy, memo, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { rememberLastItem } from '../../data/assessments';
import type { Answer } from '../../domain/records';
import type { AssessmentScore, ItemScore } from '../../domain/scoring';
import { formatIndicatorValue } from '../../domain/indicators/format';
import { INDICATOR_DEFINITIONS } from '../../domain/indicators';
import { ProgressBar } from '../../ui/ProgressBar';
import { LiveSaveStatus } from '../../ui/SaveStatus';
import { writerFor } from '../../data/writer';
import { useItemDetails, type PlacedItem } from '../../ui/instrument';
import type { ItemCore } from '../../domain/standard/schema';
import { ItemAnswer } from './ItemAnswer';
import { TeamItemNote, teamLock } from './TeamItemNote';
import { ScorePanel } from './ScorePanel';
import { useAssessmentData } from './useAssessmentData';
import './questionnaire.css';

// Compares with the newest versions of every standard (the whole registry): loaded after the overview is shown,
// so opening an assessment loads only the standard files it was started on.
const NewerVersion = lazy(() => import('./NewerVersion').then((m) => ({ default: m.NewerVersion })));

export default function QuestionnairePage() {
  const { assessmentId = '', itemId } = useParams<{ assessmentId: string; itemId?: string }>();
  const data = useAssessmentData(assessmentId);
  if (data.loading) return <p role="status">Memuat asesmen…</p>;
  if (!data.assessment) {
    return <AssessmentNotFound />;
  }
  if (!data.instrument?.ok) {
    return (
      <div className="card danger" role="alert">
        <h1>Standar tidak tersedia</h1>
        <p>{data.instrument?.message}</p>
      </div>
    );
  }
  if (!data.scored) return <p role="status">Memuat asesmen…</p>;
  const placed = itemId ? data.placed.find((p) => p.item.id === itemId) : undefined;
  if (itemId && !placed) {
    return (
      <div className="card danger" role="alert">
        <h1>Butir {itemId} tidak ada di standar asesmen ini</h1>
        <p>
          <Link href={`/asesmen/${assessmentId}`}>Kembali ke daftar aspek</Link>
        </p>
      </div>
    );
  }
  const d = { ...data, assessment: data.assessment, score: data.scored.score };
  return placed ? <ItemView key={placed.item.id} here={placed} {...d} /> : <Overview {...d} />;
}

type ViewProps = Omit<ReturnType<typeof useAssessmentData>, 'assessment'> & {
  assessment: NonNullable<ReturnType<typeof useAssessmentData>['assessment']>;
  score: AssessmentScore;
};

function itemStateText(s: ItemScore | undefined, answer: Answer | undefined): string {
  if (!s) return '';
  if (s.source === 'na') return 'N/A';
  if (s.source === 'computed') return `Tingkat ${s.level} (dihitung)`;
  if (s.source === 'answer') return `Tingkat ${s.level}`;
  if (answer?.na) return 'N/A tanpa alasan';
  return 'Belum dijawab';
}

/** An assessor's copy of an institution's assessment (mode asesor) is never edited in the questionnaire. */
function useReviewCopy(assessmentId: string): boolean {
  return useLiveRead(() => isReviewCopy(assessmentId), [assessmentId]) ?? false;
}

/** After an assessor's review was imported: the way to its summary on Hasil. */
function ReviewHome({ assessmentId }: { assessmentId: string }) {
  const reviews = useReviews(assessmentId);
  if (!reviews?.length) return null;
  return (
    <p className="card" data-testid="questionnaire-verification">
      Asesor sudah memverifikasi {reviews.length} butir asesmen ini. <Link href={`/hasil/${assessmentId}#verifikasi`}>Lihat hasil verifikasi</Link>
    </p>
  );
}

function ReviewCopyBanner({ assessmentId }: { assessmentId: string }) {
  return (
    <div className="card final-banner" role="note">
      <strong>Ini salinan asesmen lembaga untuk verifikasi asesor.</strong> Jawaban lembaga hanya dapat dibaca.{' '}
      <Link href={`/asesor/${assessmentId}`}>Buka verifikasi asesor</Link>
    </div>
  );
}

function FinalBanner({ assessmentId }: { assessmentId: string }) {
  return (
    <div className="card final-banner" role="note">
      <strong>Asesmen ini sudah final dan terkunci.</strong> Jawaban hanya dapat dibaca.{' '}
      <Link href={`/asesmen/${assessmentId}/selesai`}>Buka kembali untuk mengubah</Link>
    </div>
  );
}

function Overview({ assessment, institution, placed, score, answersById }: ViewProps) {
  const resume =
    (assessment.lastItemId && placed.find((p) => p.item.id === assessment.lastItemId)) ||
    placed.find((p) => score.itemsById[p.item.id]?.source === 'unanswered') ||
    placed[0];
  const aspects = useMemo(() => {
    const groups: { id: string; name: string; module: string; items: PlacedItem<ItemCore>[] }[] = [];
    for (const p of placed) {
      const last = groups[groups.length - 1];
      if (last?.id === p.aspect.id) last.items.push(p);
      else groups.push({ id: p.aspect.id, name: p.aspect.name, module: p.module, items: [p] });
    }
    return groups;
  }, [placed]);
  const reviewCopy = useReviewCopy(assessment.id);
  const final = assessment.status === 'final' || reviewCopy;
  return (
    <>
      <h1>
        Asesmen {institution?.name ?? ''} — periode {assessment.period}
      </h1>
      <p className="muted">
        <span className={`badge ${final ? 'final' : 'draft'}`}>{final ? 'final' : 'draf'}</span> {assessment.standardId} versi{' '}
        {assessment.standardVersion}
        {assessment.khususId ? ` · ${assessment.khususId} versi ${assessment.khususVersion}` : ''}
      </p>
      {reviewCopy ? <ReviewCopyBanner assessmentId={assessment.id} /> : final && <FinalBanner assessmentId={assessment.id} />}
      {!reviewCopy && <ReviewHome assessmentId={assessment.id} />}
      {!reviewCopy && (
        <Suspense fallback={null}>
          <NewerVersion assessment={assessment} institutionType={institution?.type ?? 'lainnya'} final={final} />
        </Suspense>
      )}
      <section className="card" aria-labelledby="kelengkapan">
        <h2 id="kelengkapan">Kelengkapan</h2>
        <ProgressBar
          value={score.completion.percent}
          label="Kelengkapan seluruh asesmen"
          text={`${score.completion.answered}/${score.completion.total}`}
        />
        <div className="actions">
          {resume && (
            <Link className="button" href={`/asesmen/${assessment.id}/butir/${resume.item.id}`}>
              {assessment.lastItemId ? `Lanjutkan (${resume.item.id})` : `Mulai dari ${resume.item.id}`}
            </Link>
          )}
          {!reviewCopy && (
            <Link className="button secondary" href={`/asesmen/${assessment.id}/selesai`}>
              {final ? 'Pernyataan & buka kembali' : 'Periksa & finalisasi'}
            </Link>
          )}
          <Link className="button secondary" href={`/asesmen/${assessment.id}/sdm`}>
            Data SDM
          </Link>
          <Link className="button secondary" href={`/asesmen/${assessment.id}/bukti`}>
            Bukti (Formulir B)
          </Link>
          {!reviewCopy && (
            <Link className="button secondary" href={`/asesmen/${assessment.id}/tim`}>
              {assessment.team ? 'Tim & tugas' : 'Isi bersama tim'}
            </Link>
          )}
        </div>
        <ExpiryAlerts assessmentId={assessment.id} />
      </section>
      <ScorePanel score={score} final={assessment.status === 'final'} />
      <h2>Aspek</h2>
      <ul className="aspect-list">
        {aspects.map((g) => {
          const a = score.aspects.find((x) => x.id === g.id);
          const components = g.items.reduce<{ id: string; name: string; items: PlacedItem<ItemCore>[] }[]>((acc, p) => {
            const last = acc[acc.length - 1];
            if (last?.id === p.component.id) last.items.push(p);
            else acc.push({ id: p.component.id, name: p.component.name, items: [p] });
            return acc;
          }, []);
          return (
            <li key={g.id}>
              <details className="aspect">
                <summary>
                  <span className="aspect-title">
                    {g.id} {g.name}
                    {g.module === 'khusus' && <span className="badge">standar khusus</span>}
                  </span>
                  <ProgressBar
                    value={a?.completion.percent ?? 0}
                    label={`Kelengkapan aspek ${g.id}`}
                    text={`${a?.completion.answered ?? 0}/${a?.completion.total ?? g.items.length}`}
                  />
                </summary>
                {components.map((c) => (
                  <div key={c.id} className="component">
                    <h3>
                      {c.id} {c.name}
                    </h3>
                    <ul className="item-links">
                      {c.items.map((p) => {
                        const s = score.itemsById[p.item.id];
                        return (
                          <li key={p.item.id}>
                            <Link href={`/asesmen/${assessment.id}/butir/${p.item.id}`}>
                              <span className="item-id">{p.item.id}</span>
                              <span className="item-statement">{p.item.statement}</span>
                              <span className={`item-state ${s?.source ?? ''}`}>{itemStateText(s, answersById.get(p.item.id))}</span>
                            </Link>
                          </li>
                        );
                      })}
                    </ul>
                  </div>
                ))}
              </details>
            </li>
          );
        })}
      </ul>
    </>
  );
}

// The item page's parts that do not depend on the answer re-render only when their own props change, so the live
// data's updates after a save (answers, the assessment's updatedAt) cost little; the score-dependent parts follow
// in a background render (useAssessmentData defers the score).
const MemoReviewFindings = memo(ReviewFindings);
const MemoEvidenceBadge = memo(ItemEvidenceBadge);

const ItemProgress = memo(function ItemProgress({
  aspectId,
  aspectScore,
  completion,
}: {
  aspectId: string;
  aspectScore: AssessmentScore['aspects'][number] | undefined;
  completion: AssessmentScore['completion'];
}) {
  return (
    <div className="progress-pair">
      <ProgressBar
        value={aspectScore?.completion.percent ?? 0}
        label={`Kelengkapan aspek ${aspectId}`}
        text={`${aspectId} ${aspectScore?.completion.answered ?? 0}/${aspectScore?.completion.total ?? 0}`}
      />
      <ProgressBar value={completion.percent} label="Kelengkapan seluruh asesmen" text={`Total ${completion.answered}/${completion.total}`} />
    </div>
  );
});

function ItemView({ here, assessment, placed, score, answersById, instrument }: ViewProps & { here: PlacedItem<ItemCore> }) {
  const writer = writerFor(assessment.id);
  const heading = useRef<HTMLHeadingElement>(null);
  const { item, aspect, component, index } = here;
  // The item's long texts (guidance, evidence, level descriptors) come with its aspect's part of the standard.
  const detailed = useItemDetails(assessment, here);
  const reviewCopy = useReviewCopy(assessment.id);
  const final = assessment.status === 'final' || reviewCopy;
  const prev = placed[index - 1];
  const next = placed[index + 1];
  const itemScore = score.itemsById[item.id];
  const aspectScore = score.aspects.find((a) => a.id === aspect.id);
  // N/A chosen without a reason is not stored: leaving the item warns instead of dropping the choice silently.
  const naUnsaved = useRef(false);
  const onReasonMissing = useCallback((missing: boolean) => {
    naUnsaved.current = missing;
  }, []);
  const [leaving, setLeaving] = useState<string | null>(null);
  const [, navigate] = useLocation();
  const guardLeave = (href: string) => (e: { preventDefault: () => void }) => {
    if (!naUnsaved.current || final) return;
    e.preventDefault();
    setLeaving(href);
  };
  const computed = itemScore?.computed;
  // On a member's phone, another member's item is read-only until the member chooses to change it anyway.
  const [unlocked, setUnlocked] = useState(false);
  const locked = !final && !unlocked && teamLock(assessment.team, here);

  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
    writer.startScreen();
    if (!final && assessment.lastItemId !== item.id) void rememberLastItem(assessment.id, item.id).catch(() => undefined);
  }, [item.id]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <>
      <div className="item-topbar">
        <span className="muted">
          Butir {index + 1} dari {placed.length}
        </span>
        <LiveSaveStatus writer={writer} />
      </div>
      <nav aria-label="Posisi" className="crumbs">
        <Link href={`/asesmen/${assessment.id}`}>Daftar aspek</Link> › {aspect.id} {aspect.name} › {component.name}
      </nav>
      <ItemProgress aspectId={aspect.id} aspectScore={aspectScore} completion={score.completion} />
      {reviewCopy ? <ReviewCopyBanner assessmentId={assessment.id} /> : final && <FinalBanner assessmentId={assessment.id} />}
      {!reviewCopy && <ReviewHome assessmentId={assessment.id} />}
      <article className="card item-card" aria-labelledby="item-heading">
        <h1 id="item-heading" ref={heading} tabIndex={-1}>
          <span className="item-id" data-testid="item-id">
            {item.id}
          </span>{' '}
          {item.statement}
        </h1>
        {item.critical && (
          <p className="badge danger">
            Butir kritis: harus mencapai tingkat {instrument?.ok ? instrument.umum.scoring.criticalMinLevel : 3} agar perkiraan peringkat dapat
            diberikan
          </p>
        )}
        {detailed === undefined && <p role="status">Memuat penjelasan butir…</p>}
        {detailed === null && (
          <p className="card danger" role="alert">
            Penjelasan dan tingkat butir ini tidak ada di aplikasi ini. Muat ulang aplikasi; bila tetap begitu, pasang ulang versi terbaru.
          </p>
        )}
        {detailed && (
          <>
            <details className="guidance">
              <summary>Penjelasan (ketuk untuk membuka)</summary>
              <p>{detailed.guidance}</p>
              <p className="muted small" data-testid="item-source">
                Sumber: {detailed.source}
              </p>
            </details>
            <h2 className="small-heading">Bukti yang diharapkan</h2>
            <ul className="evidence-list">
              {detailed.evidence.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </>
        )}
        <MemoEvidenceBadge assessmentId={assessment.id} itemId={item.id} />
        {computed && (
          <div className="computed-box" data-testid="computed-box">
            <p>
              <strong>{INDICATOR_DEFINITIONS[computed.indicator].label}:</strong>{' '}
              {formatIndicatorValue(computed.value, INDICATOR_DEFINITIONS[computed.indicator].unit)}
            </p>
            <p>{computed.explanation}</p>
            <p>
              <Link href={`/asesmen/${assessment.id}/sdm`}>Isi atau periksa data SDM</Link>
            </p>
          </div>
        )}
        {instrument?.ok && instrument.umum.scoring.decisionRule && (
          <p className="muted small decision-rule" data-testid="decision-rule">
            {instrument.umum.scoring.decisionRule}
          </p>
        )}
        <TeamItemNote team={assessment.team} here={here} answer={answersById.get(item.id)} locked={locked} onUnlock={() => setUnlocked(true)} />
        {detailed && (
          <ItemAnswer
            assessmentId={assessment.id}
            item={detailed}
            stored={answersById.get(item.id)}
            itemScore={itemScore}
            readOnly={final || locked}
            onReasonMissing={onReasonMissing}
          />
        )}
        <MemoReviewFindings assessmentId={assessment.id} itemId={item.id} selfLevel={itemScore?.level ?? null} />
      </article>
      {leaving && (
        <div className="card warn" role="alert" data-testid="na-unsaved">
          <p style={{ marginTop: 0 }}>
            N/A untuk butir ini belum tersimpan karena alasannya kosong. Isi alasannya atau pilih tingkat; bila butir ditinggalkan
            sekarang, pilihan N/A tidak disimpan.
          </p>
          <div className="actions">
            <button type="button" onClick={() => setLeaving(null)}>
              Isi alasan dulu
            </button>
            <button type="button" className="secondary" onClick={() => navigate(leaving)}>
              Tinggalkan tanpa N/A
            </button>
          </div>
        </div>
      )}
      <div className="pager">
        {prev ? (
          <Link className="button secondary" href={`/asesmen/${assessment.id}/butir/${prev.item.id}`} onClick={guardLeave(`/asesmen/${assessment.id}/butir/${prev.item.id}`)}>
            ‹ Sebelumnya
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link className="button" href={`/asesmen/${assessment.id}/butir/${next.item.id}`} onClick={guardLeave(`/asesmen/${assessment.id}/butir/${next.item.id}`)}>
            Berikutnya ›
          </Link>
        ) : (
          <Link className="button" href={`/asesmen/${assessment.id}/selesai`} onClick={guardLeave(`/asesmen/${assessment.id}/selesai`)}>
            Periksa & finalisasi ›
          </Link>
        )}
      </div>
      <ScorePanel score={score} final={assessment.status === 'final'} />
    </>
  );
}
