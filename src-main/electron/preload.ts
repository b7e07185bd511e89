import { contextBridge, ipcRenderer } from 'electron';
import type { AtelierBridge } from '../../src-shared/api/bridge';
import { channelOf, isCommandName } from '../../src-shared/api/contract';

// Named functions only: the page never sees ipcRenderer, and only known channels can be reached.
const bridge = {
  call: (name: string, payload: unknown) =>
    isCommandName(name)
      ? ipcRenderer.invoke(channelOf(name), payload)
      : Promise.resolve({ ok: false, error: { code: 'unknown_command', message: `Unknown command: ${name}` } }),
  saveFile: (name, bytes, filters) => ipcRenderer.invoke('atelier:file.save', name, bytes, filters),
  saveFilesToFolder: (files) => ipcRenderer.invoke('atelier:file.saveToFolder', files),
  openFile: (filters) => ipcRenderer.invoke('atelier:file.open', filters),
  takeOpenedFile: () => ipcRenderer.invoke('atelier:file.takeOpened'),
  // The listener gets no IPC event object: the page never holds anything of ipcRenderer.
  onFileOpened: (listener) => void ipcRenderer.on('atelier:file.opened', () => listener()),
} satisfies AtelierBridge;

contextBridge.exposeInMainWorld('atelier', bridge);
