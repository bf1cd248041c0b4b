import { defineMessages } from './messages.js';

/** Messages of `<ot-choice-board>`. */
export const choiceBoardMessages = defineMessages({
  en: {
    empty: 'No choices to show.',
    chosen: (p: { label: string }) => `${p.label} chosen`,
    unchosen: (p: { label: string }) => `${p.label} no longer chosen`,
    unavailable: (p: { label: string }) => `${p.label} is not available`,
    youChose: 'You chose',
    yes: 'Yes',
    back: 'Go back',
    required: 'Choose one of the choices.',
    row: (p: { n: number }) => `Row ${p.n}`,
    startScan: 'Start scanning',
    pauseScan: 'Pause scanning',
    resumeScan: 'Resume scanning',
    stopScan: 'Stop scanning',
    scanStopped: 'Scanning stopped. Press a switch to start again.',
  },
  es: {
    empty: 'No hay opciones para mostrar.',
    chosen: (p) => `Elegiste ${p.label}`,
    unchosen: (p) => `Quitaste ${p.label}`,
    unavailable: (p) => `${p.label} no está disponible`,
    youChose: 'Elegiste',
    yes: 'Sí',
    back: 'Volver',
    required: 'Elige una de las opciones.',
    row: (p) => `Fila ${p.n}`,
    startScan: 'Iniciar barrido',
    pauseScan: 'Pausar barrido',
    resumeScan: 'Reanudar barrido',
    stopScan: 'Detener barrido',
    scanStopped: 'Barrido detenido. Pulsa un pulsador para empezar de nuevo.',
  },
});
