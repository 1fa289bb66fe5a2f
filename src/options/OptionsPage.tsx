/** The options page; letters, profile and import/export arrive with the options issue. */
export function OptionsPage() {
  return (
    <main>
      <h1>Tactful</h1>
    </main>
  );
}
