// The survey in the store: responses are read aside (the network unchanged), a file with errors
// blocks the merge, review decisions and symmetrising change the preview, and the merge is one undo.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/state/store';
import {
  addSurveyResponses,
  confirmSurvey,
  removeSurveyResponse,
} from '../../../src/state/commands/survey';
import { selectSurveyPreview } from '../../../src/state/surveySelectors';
import { tinyDataset } from '../tinyDataset';

const csv = (name: string, text: string) => ({ name, data: new TextEncoder().encode(text) });
const HEADER = 'respondent,partner,kind,frequency,trust,comment\n';

describe('survey commands', () => {
  it('reads responses aside, blocks on errors, applies decisions, and merges as one undoable step', async () => {
    const store = createAppStore(tinyDataset());
    const before = store.getState().dataset;
    await addSurveyResponses(store, [
      csv(
        'a.csv',
        `${HEADER}acme,beta,Joint R&D,Monthly,2,\nbeta,acme,r-and-d,3,4,\nacme,Uni Vilnius,,,5,\n`,
      ),
      csv('bad.csv', `${HEADER}acme,beta,,,9,\n`),
    ]);
    let s = store.getState();
    expect(s.dataset).toBe(before);
    let preview = selectSurveyPreview(s)!;
    expect(preview.blocked).toBe(true);
    expect(confirmSurvey(store)).toBe(false);
    expect(store.getState().dataset).toBe(before);

    await removeSurveyResponse(store, 'bad.csv');
    s = store.getState();
    preview = selectSurveyPreview(s)!;
    expect(preview.blocked).toBe(false);
    expect(preview.merge.summary).toMatchObject({
      respondents: 2,
      links: 2,
      reciprocated: 1,
      oneSided: 1,
    });
    expect(preview.merge.review.map((r) => [r.key, r.suggestions[0]?.id])).toEqual([
      ['uni vilnius', 'uni'],
    ]);
    s.setSurveyDecision('uni vilnius', { action: 'match', id: 'uni' });
    s.setSurveySymmetrise('max');
    preview = selectSurveyPreview(store.getState())!;
    const mutual = preview.merge.links.find((l) => l.source === 'acme' && l.target === 'beta');
    expect(mutual?.trust).toBe(0.8);
    expect(preview.merge.links.find((l) => l.target === 'uni')?.trust).toBe(1);

    expect(confirmSurvey(store)).toBe(true);
    s = store.getState();
    expect(s.dataset.links).toHaveLength(before.links.length + 2);
    expect(s.surveyRead).toBeUndefined();
    s.undo();
    expect(store.getState().dataset).toBe(before);
  });
});
