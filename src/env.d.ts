// Types for typed ESLint in .astro templates: without a JSX namespace, an element returned from a
// .map() callback is typed as an error and @typescript-eslint/no-unsafe-return fires on every list.
// https://github.com/ota-meshi/eslint-plugin-astro/issues/168
import 'astro/astro-jsx';

declare global {
  namespace JSX {
    type Element = HTMLElement;
    type IntrinsicElements = astroHTML.JSX.IntrinsicElements;
  }
}
