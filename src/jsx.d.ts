/**
 * Types for typed linting of .astro templates. Astro declares a JSX element as `any` (it serves several
 * JSX frameworks), so every `.map((x) => <li>…</li>)` in a template fails
 * @typescript-eslint/no-unsafe-return. Our templates are plain HTML: an element is an HTMLElement.
 * The fix documented by eslint-plugin-astro (README, "Unsafe return of an `any` typed value").
 */
import 'astro/astro-jsx';

declare global {
  namespace JSX {
    type Element = HTMLElement;
  }
}
