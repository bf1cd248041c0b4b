import { defineMessages } from './messages.js';

/** Messages every element uses: errors, loading, storage notices. */
export const commonMessages = defineMessages({
  en: {
    loading: 'Loading…',
    errorTitle: 'Something is wrong with the data',
    errorKept: 'Nothing you already had was changed.',
    storageUnavailable: 'Storage is not available here: changes will be lost when this page closes.',
    storageError: 'Could not save. Your last change was undone.',
    dismiss: 'Dismiss',
    moreProblems: (p: { count: number }) => (p.count === 1 ? '1 more problem' : `${p.count} more problems`),
  },
  es: {
    loading: 'Cargando…',
    errorTitle: 'Hay un problema con los datos',
    errorKept: 'No se cambió nada de lo que ya tenía.',
    storageUnavailable: 'No hay almacenamiento disponible: los cambios se perderán al cerrar esta página.',
    storageError: 'No se pudo guardar. Se deshizo el último cambio.',
    dismiss: 'Cerrar',
    moreProblems: (p) => (p.count === 1 ? '1 problema más' : `${p.count} problemas más`),
  },
});
