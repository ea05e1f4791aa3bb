import type { FullResult, Reporter, TestCase } from '@playwright/test/reporter';

/**
 * Ends the run with one plain line, `N passed, N failed`, the closing line CI's report recognises. A test counts once
 * however many times it ran; one that passed only on its retry counts as failed (the run fails on it too).
 */
export default class SummaryReporter implements Reporter {
  private readonly tests = new Set<TestCase>();

  onTestEnd(test: TestCase): void {
    this.tests.add(test);
  }

  onEnd(result: FullResult): void {
    const outcomes = [...this.tests].map((t) => t.outcome());
    const count = (...kinds: string[]) => outcomes.filter((o) => kinds.includes(o)).length;
    const skipped = count('skipped');
    const flaky = count('flaky');
    console.log(
      `${count('expected')} passed, ${count('unexpected', 'flaky')} failed${flaky ? ` (${flaky} only on retry)` : ''}` +
        `${skipped ? `, ${skipped} skipped` : ''} (${result.status})`,
    );
  }

  printsToStdio(): boolean {
    return true;
  }
}
