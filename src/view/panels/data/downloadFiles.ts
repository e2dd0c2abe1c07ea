// Offers exported files for download, one after another (a CSV export is two or three files).
import type { ExportedFile } from '../../../state/commands/importExport';
import { downloadBlob } from '../../components/download';

export function downloadFile(file: ExportedFile): void {
  downloadBlob(file.name, new Blob([file.data.slice()], { type: file.mime }));
}

export function downloadFiles(files: readonly ExportedFile[]): void {
  for (const f of files) downloadFile(f);
}
