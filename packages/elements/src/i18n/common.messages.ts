import { defineMessages } from './messages.js';

/** Messages every element uses: errors, loading, storage notices. */
export const commonMessages = defineMessages({
  en: {
    loading: 'Loading…',
    errorTitle: 'Something is wrong with the data',
    errorKept: 'Nothing you already had was changed.',
    storageUnavailable: 'Storage is not available here: changes will be lost when this page closes.',
    storageError: 'Could not save. Your last change was undone.',
    storageNewerVersion:
      'This data was saved by a newer version of OT Kit. It is shown read-only: update to change it.',
    storageQuarantined: (p: { count: number }) =>
      p.count === 1
        ? '1 saved record could not be read. It is kept aside, not lost.'
        : `${p.count} saved records could not be read. They are kept aside, not lost.`,
    dismiss: 'Dismiss',
    moreProblems: (p: { count: number }) => (p.count === 1 ? '1 more problem' : `${p.count} more problems`),
  },
  es: {
    loading: 'Cargando…',
    errorTitle: 'Hay un problema con los datos',
    errorKept: 'No se cambió nada de lo que ya tenía.',
    storageUnavailable: 'No hay almacenamiento disponible: los cambios se perderán al cerrar esta página.',
    storageError: 'No se pudo guardar. Se deshizo el último cambio.',
    storageNewerVersion:
      'Estos datos los guardó una versión más nueva de OT Kit. Se muestran solo para lectura: actualice para cambiarlos.',
    storageQuarantined: (p) =>
      p.count === 1
        ? 'No se pudo leer 1 registro guardado. Se guarda aparte, no se pierde.'
        : `No se pudieron leer ${p.count} registros guardados. Se guardan aparte, no se pierden.`,
    dismiss: 'Cerrar',
    moreProblems: (p) => (p.count === 1 ? '1 problema más' : `${p.count} problemas más`),
  },
});
