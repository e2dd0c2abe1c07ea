// A button that opens the file chooser: the real <input type="file"> stays hidden beside it (and
// out of the tab order), and is emptied after each choice so the same file can be chosen again.
import { useRef } from 'react';

export function FilePicker({
  label,
  accept,
  multiple = false,
  primary = false,
  testId,
  onFiles,
}: {
  label: string;
  accept: string;
  multiple?: boolean;
  primary?: boolean;
  /** data-testid of the hidden input (browser tests set files on it). */
  testId: string;
  onFiles: (files: File[]) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={primary ? 'primary' : undefined}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <input
        ref={input}
        type="file"
        multiple={multiple}
        accept={accept}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid={testId}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
