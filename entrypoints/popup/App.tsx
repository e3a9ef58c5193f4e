export function App() {
  return <main>arXiv Lens</main>;
}
