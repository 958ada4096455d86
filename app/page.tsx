export default function Home() {
  return <main>Stepwise</main>;
}
