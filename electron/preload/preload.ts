import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

// The page gets `window.crm` and nothing else from Electron (DESIGN §5).
contextBridge.exposeInMainWorld('crm', createBridge(ipcRenderer));
