import { useEffect, useMemo } from 'react';
import { useAnswers } from '../../data/answers';
import { useAssessment } from '../../data/assessments';
import { useInstitution } from '../../data/institutions';
import { useStaffOf } from '../../data/staffRead';
import { setCurrentAssessment } from '../../ui/currentAssessment';
import { instrumentFor, placeItems, scoreStored } from '../../ui/instrument';

/** Everything the questionnaire screens show, live (other tabs' changes included). */
export function useAssessmentData(assessmentId: string) {
  const assessment = useAssessment(assessmentId);
  const institution = useInstitution(assessment?.institutionId);
  const answers = useAnswers(assessmentId);
  const staff = useStaffOf(assessmentId);

  useEffect(() => {
    if (assessment) setCurrentAssessment(assessment.id);
  }, [assessment?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  const instrument = useMemo(
    () => (assessment ? instrumentFor(assessment) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [assessment?.standardId, assessment?.standardVersion, assessment?.khususId, assessment?.khususVersion],
  );
  const placed = useMemo(() => (instrument?.ok ? placeItems(instrument.umum, instrument.khusus) : []), [instrument]);
  const scored = useMemo(
    () =>
      instrument?.ok && answers && staff && institution !== undefined
        ? scoreStored(instrument.umum, instrument.khusus, answers, staff, institution)
        : null,
    [instrument, answers, staff, institution],
  );
  const answersById = useMemo(() => new Map((answers ?? []).map((a) => [a.itemId, a])), [answers]);
  const loading = assessment === undefined || answers === undefined || staff === undefined || (assessment !== null && institution === undefined);
  return { loading, assessment, institution, answers, answersById, staff, instrument, placed, scored };
}
