// The table of keyboard shortcuts, drawn from the keyboard map (one row group per place).
import { SCOPE_NAMES, shortcutRows, type KeyScope } from './keyboardMap';
import './keyboard.css';

function Keys({ keys }: { keys: string[] }) {
  return (
    <>
      {keys.map((key, i) => (
        <span key={key}>
          {i > 0 && ' '}
          <kbd>{key}</kbd>
        </span>
      ))}
    </>
  );
}

const ORDER: KeyScope[] = ['anywhere', 'network', 'search', 'tabs', 'presenting'];

export function ShortcutsTable({ scopes = ORDER }: { scopes?: KeyScope[] }) {
  return (
    <table className="shortcuts" data-testid="shortcuts-table">
      <thead>
        <tr>
          <th scope="col">Keys</th>
          <th scope="col">What they do</th>
        </tr>
      </thead>
      {scopes.map((scope) => (
        <tbody key={scope}>
          <tr>
            <th scope="colgroup" colSpan={2} className="shortcuts-scope">
              {SCOPE_NAMES[scope]}
            </th>
          </tr>
          {shortcutRows(scope).map((row) => (
            <tr key={row.does}>
              <td>
                <Keys keys={row.keys} />
              </td>
              <td>{row.does}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
