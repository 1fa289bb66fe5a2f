export { SCENARIOS, findScenario } from './catalogue';
export { renderLetter, type RenderedLetter, type RenderInput } from './render';
export * from './types';
