import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { AppErrorBoundary } from './AppErrorBoundary';
import { AuthGate } from './AuthGate';
import { colorSchemeManager, theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" colorSchemeManager={colorSchemeManager}>
      <Notifications position="bottom-right" />
      <AppErrorBoundary>
        <AuthGate />
      </AppErrorBoundary>
    </MantineProvider>
  );
}
