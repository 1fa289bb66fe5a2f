// What the panel needs for a chosen situation's letter, not for its first paint (the situation
// list) nor for the form's fields: the renderer, the preview, the stage hint, the checklist and
// the tone findings. Panel.tsx fetches it once the user reaches into the panel.
export { renderLetter } from '../letters/render';
export { LetterPreview } from '../ui/LetterPreview';
export { ToneFindings } from '../ui/ToneFindings';
export { checklist, toggled } from './checklist';
export { Checklist } from './Checklist';
export { StageHint } from './StageHint';
