/** Plain text with blank-line paragraphs, rendered as text nodes: never parsed as HTML. */
export function SummaryText({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((paragraph, i) => (
        <p key={i} className="lens-paragraph">
          {paragraph}
        </p>
      ))}
    </>
  );
}
