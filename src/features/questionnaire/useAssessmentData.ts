import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useAnswers } from '../../data/answers';
import { useAssessment } from '../../data/assessments';
import { useInstitution } from '../../data/institutions';
import { useStaffOf } from '../../data/staffRead';
import { setCurrentAssessment } from '../../ui/currentAssessment';
import { placeItems, scoreStored, useCoreInstrument } from '../../ui/instrument';
import { preloadNewestUmum } from '../../domain/standard/lazy';

/** Everything the questionnaire screens show, live (other tabs' changes included). */
export function useAssessmentData(assessmentId: string) {
  // The standard file is fetched while the assessment is read (not after): see preloadNewestUmum.
  useState(() => preloadNewestUmum());
  const assessment = useAssessment(assessmentId);
  const institution = useInstitution(assessment?.institutionId);
  const answers = useAnswers(assessmentId);
  const staff = useStaffOf(assessmentId);

  useEffect(() => {
    if (assessment) setCurrentAssessment(assessment.id);
  }, [assessment?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  // Only the cores of the standard files this assessment was started on (undefined while they load): an item's
  // long texts come with its aspect's part when it is shown (useItemDetails).
  const loadedInstrument = useCoreInstrument(assessment);
  const instrument = loadedInstrument ?? null;
  const ownership = institution?.ownership ?? null;
  const placed = useMemo(
    () => (instrument?.ok ? placeItems(instrument.umum, instrument.khusus, ownership) : []),
    [instrument, ownership],
  );
  // The score (every item of the instrument) follows the live data in a background render that a tap interrupts:
  // a change re-renders the answer at once and the score, progress and panels just after (once loaded).
  const deferredAnswers = useDeferredValue(answers);
  const deferredStaff = useDeferredValue(staff);
  const deferredInstitution = useDeferredValue(institution);
  const scoreAnswers = deferredAnswers ?? answers;
  const scoreStaff = deferredStaff ?? staff;
  const scoreInstitution = deferredInstitution !== undefined ? deferredInstitution : institution;
  const scored = useMemo(
    () =>
      instrument?.ok && scoreAnswers && scoreStaff && scoreInstitution !== undefined
        ? scoreStored(instrument.umum, instrument.khusus, scoreAnswers, scoreStaff, scoreInstitution)
        : null,
    [instrument, scoreAnswers, scoreStaff, scoreInstitution],
  );
  const answersById = useMemo(() => new Map((answers ?? []).map((a) => [a.itemId, a])), [answers]);
  const loading = assessment === undefined || (assessment !== null && loadedInstrument === undefined) || answers === undefined || staff === undefined || (assessment !== null && institution === undefined);
  return { loading, assessment, institution, answers, answersById, staff, instrument, placed, scored };
}
