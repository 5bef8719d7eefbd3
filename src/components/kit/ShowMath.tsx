export interface ShowMathProps {
  /** Lines of the calculation with the reader's numbers substituted, in reading order. */
  steps: readonly string[];
  /** Where the formula comes from, e.g. "Kaplan et al. 2020, §2.1". */
  source: string;
  /** Link to the source. */
  href?: string;
}

/** A "show the math" disclosure: works without JavaScript (a native `<details>`). */
export function ShowMath({ steps, source, href }: ShowMathProps) {
  return (
    <details class="tot-math">
      <summary>Show the math</summary>
      <ol>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p>
        Source:{' '}
        {href ? (
          <a href={href} rel="noopener">
            {source}
          </a>
        ) : (
          source
        )}
      </p>
    </details>
  );
}
