// The keyboard shortcuts of the network, for people who cannot use a mouse and for presenting.
const KEYS: Array<[keys: string[], what: string]> = [
  [['f'], 'paths from the selected organisation'],
  [['t'], 'paths to the selected organisation'],
  [['n', '→'], 'next neighbour of the organisation'],
  [['N', '←'], 'previous neighbour'],
  [['Enter'], 'continue from the neighbour shown'],
  [['[', ']'], 'step back / forward along the highlighted path'],
  [['e'], 'focus on the selected organisation (1, 2, 3 hops, off)'],
  [['Shift+F10'], 'menu for the selected organisation'],
];

export function KeyHelp() {
  return (
    <details className="key-help">
      <summary>Keyboard</summary>
      <dl className="keys">
        {KEYS.map(([keys, what]) => (
          <div key={what}>
            <dt>
              {keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && ' '}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
