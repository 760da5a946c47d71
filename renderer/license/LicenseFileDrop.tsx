import { Center, Overlay, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconFileCertificate } from '@tabler/icons-react';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PAGE_PATHS } from '../app/access';
import { readLicenseFile } from './licenseFile';
import { useActivateLicense } from './useActivateLicense';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Lets the owner drop a licence file anywhere on the window: while a file is dragged over it,
 * the window says what dropping will do; the drop opens the licence page and activates the key,
 * where a refusal is explained.
 */
export function LicenseFileDrop() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const activate = useActivateLicense();
  const [dragging, setDragging] = useState(false);
  // dragenter and dragleave fire for every element crossed; the window is left when they balance.
  const depth = useRef(0);
  const activateFile = useEffectEvent((file: File) => {
    void navigate(PAGE_PATHS.license);
    void readLicenseFile(file).then(activate);
  });

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current += 1;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    // Without this, the browser would open the dropped file in place of the app.
    const over = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) activateFile(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  if (!dragging) return null;
  return (
    <Overlay fixed zIndex={400} blur={2} color="var(--mantine-color-body)" backgroundOpacity={0.7}>
      <Center h="100%" style={{ pointerEvents: 'none' }}>
        <Paper withBorder shadow="lg" radius="lg" p="xl" style={{ borderStyle: 'dashed', borderWidth: 2 }}>
          <Stack align="center" gap="sm">
            <ThemeIcon size={56} radius="xl" variant="light">
              <IconFileCertificate size={30} />
            </ThemeIcon>
            <Text fw={650} fz="lg">
              {t('license.drop.title')}
            </Text>
            <Text c="dimmed" fz="sm">
              {t('license.drop.description')}
            </Text>
          </Stack>
        </Paper>
      </Center>
    </Overlay>
  );
}
