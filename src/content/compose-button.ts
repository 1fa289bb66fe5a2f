import { eagerRuntime } from '../platform/eager-runtime';

const SVG = 'http://www.w3.org/2000/svg';

function icon(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  // A speech bubble with a heart: a kind message.
  path.setAttribute('d', 'M4 4h16a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm8 10.2 3.1-3a1.9 1.9 0 0 0-2.7-2.7l-.4.4-.4-.4a1.9 1.9 0 0 0-2.7 2.7z');
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

export function createComposeButton(): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.tactful = 'compose-button';
  const label = eagerRuntime.i18n.getMessage('composeButtonLabel') || 'Write a tactful letter';
  button.setAttribute('aria-label', label);
  button.title = label;
  button.append(icon());
  return button;
}
