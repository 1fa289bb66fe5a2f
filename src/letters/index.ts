export { SCENARIOS, findScenario } from './catalogue';
export { renderLetter, greetingTemplate, type RenderedLetter, type RenderInput } from './render';
export { greetingTemplates, letterEntry, pickVoice } from './voice';
export * from './types';
