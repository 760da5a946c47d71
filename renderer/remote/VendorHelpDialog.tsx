import { Alert, Anchor, Button, Code, Group, Loader, Stack, Text } from '@mantine/core';
import { IconLifebuoy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RemoteLaunchResult } from '../../shared/bridge';
import type { VendorHelp } from '../../shared/remote/contract';
import { TOOL_DOWNLOADS } from '../../shared/remote/tool-info';
import { call } from '../bridge/call';
import { getBridge } from '../bridge/getBridge';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { AppModal } from '../ui/AppModal';
import { toolName } from './remoteTexts';
import { useVendorHelpStore } from './vendorHelpStore';

type Launch = RemoteLaunchResult | 'opening';

async function openTool(request: VendorHelp): Promise<RemoteLaunchResult> {
  const outcome = await getBridge().launchSupportTool(request.requestId!, request.launch!);
  return outcome.ok ? outcome.result : { launched: false, reason: 'failed' };
}

/** What the request asks of the vendor, and whether this machine's tool opened to be helped. */
function VendorHelpBody({
  help,
  launch,
  onOpen,
}: {
  help: VendorHelp;
  launch: Launch | null;
  onOpen(): void;
}) {
  const { t, i18n } = useTranslation();
  const close = useVendorHelpStore((store) => store.close);
  if (!help.supported) {
    const day =
      help.supportUntil &&
      new Date(`${help.supportUntil}T00:00:00Z`).toLocaleDateString(i18n.language, { timeZone: 'UTC' });
    return (
      <Stack gap="sm">
        <Alert color="orange" title={t('vendorHelp.ended.title')}>
          {day ? t('vendorHelp.ended.since', { day }) : t('vendorHelp.ended.none')}
        </Alert>
        <Text fz="sm">
          {t('vendorHelp.ended.renew')}{' '}
          <Anchor component={Link} to="/plan" onClick={close}>
            {t('vendorHelp.ended.plans')}
          </Anchor>
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <Text fz="sm">{t('vendorHelp.quote')}</Text>
      <Group gap="xl">
        <Stack gap={2}>
          <Text fz="xs" c="dimmed">
            {t('vendorHelp.licenseId')}
          </Text>
          <Code fz="md">{help.licenseId ?? t('vendorHelp.trial')}</Code>
        </Stack>
        <Stack gap={2}>
          <Text fz="xs" c="dimmed">
            {t('vendorHelp.code')}
          </Text>
          <Code fz="xl" fw={700} data-testid="support-code">
            {help.supportCode}
          </Code>
        </Stack>
      </Group>
      {help.tool === null || help.launch === null ? (
        <Alert color="gray">{t('vendorHelp.noTool')}</Alert>
      ) : (
        <>
          <LaunchStatus tool={help.tool} launch={launch} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onOpen} loading={launch === 'opening'}>
              {t('vendorHelp.openAgain', { tool: toolName(help.tool, t) })}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}

function LaunchStatus({ tool, launch }: { tool: NonNullable<VendorHelp['tool']>; launch: Launch | null }) {
  const { t } = useTranslation();
  const name = toolName(tool, t);
  if (launch === null || launch === 'opening') return null;
  if (launch.launched) return <Alert color="teal">{t('vendorHelp.opened', { tool: name })}</Alert>;
  if (launch.reason === 'toolMissing' && tool !== 'custom') {
    return (
      <Alert color="orange">
        {t('vendorHelp.missing', { tool: name })}{' '}
        <Anchor href={TOOL_DOWNLOADS[tool]} target="_blank" rel="noreferrer">
          {TOOL_DOWNLOADS[tool]}
        </Anchor>
      </Alert>
    );
  }
  return <Alert color="orange">{t(`vendorHelp.notOpened.${launch.reason}`, { tool: name })}</Alert>;
}

/** One request: made when the dialog opens (the dialog's content mounts anew each time). */
function VendorHelpRequest() {
  const [help, setHelp] = useState<VendorHelp | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [launch, setLaunch] = useState<Launch | null>(null);

  const open = async (request: VendorHelp) => {
    if (request.requestId === null || request.launch === null) return;
    setLaunch('opening');
    setLaunch(await openTool(request));
  };

  useEffect(() => {
    // Asking is the request: it is logged, and the tool opens at once to show this machine's id.
    call('remote.vendorHelp', {})
      .then(async (request) => {
        setHelp(request);
        if (request.requestId === null || request.launch === null) return;
        setLaunch('opening');
        setLaunch(await openTool(request));
      })
      .catch(setFailure);
  }, []);

  if (failure !== null) return <FormErrorAlert error={failure} />;
  if (help === null) {
    return (
      <Group justify="center" py="md">
        <Loader size="sm" />
      </Group>
    );
  }
  return <VendorHelpBody help={help} launch={launch} onOpen={() => void open(help)} />;
}

/**
 * Help → "Remote help from support": logs a request with a fresh code and opens the company's
 * tool to be helped, or says that the support plan has ended and what renews it.
 */
export function VendorHelpDialog() {
  const { t } = useTranslation();
  const { opened, close } = useVendorHelpStore();
  return (
    <AppModal
      opened={opened}
      onClose={close}
      size="md"
      title={
        <Group gap="xs">
          <IconLifebuoy size={20} />
          {t('vendorHelp.title')}
        </Group>
      }
    >
      <VendorHelpRequest />
    </AppModal>
  );
}
