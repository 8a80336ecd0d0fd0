import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { loadAll } from 'js-yaml';
import { HealthController } from '../../apps/ledger-api/src/health/health.controller';
import { HEALTH_LIVE_PATH, HEALTH_READY_PATH } from '../../apps/ledger-api/src/health/health.routes';
import { MetricsController } from '../../apps/ledger-api/src/metrics/metrics.controller';

const ROOT = join(__dirname, '../..');
const DEPLOY = join(ROOT, 'deploy');

type Manifest = { kind?: string; metadata?: { name?: string }; spec?: Record<string, unknown> } & Record<string, unknown>;
type Probe = { httpGet: { path: string; port: string | number } };
type Container = { name: string; ports: { name: string; containerPort: number }[] } & Partial<Record<'startupProbe' | 'livenessProbe' | 'readinessProbe', Probe>>;

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));

const yamlFiles = filesUnder(DEPLOY).filter((file) => /\.(ya?ml|json)$/.test(file));
const parsed = new Map(yamlFiles.map((file) => [relative(DEPLOY, file), loadAll(readFileSync(file, 'utf8')) as Manifest[]]));
const manifests = [...parsed.values()].flat();
const read = (file: string) => readFileSync(join(DEPLOY, file), 'utf8');

/** The GET routes the app's controllers really declare, read from Nest's own route metadata. */
function servedGetPaths(): string[] {
  return [HealthController, MetricsController].flatMap((controller) =>
    Object.getOwnPropertyNames(controller.prototype)
      .map((name) => (controller.prototype as unknown as Record<string, object>)[name])
      .filter((handler) => Reflect.getMetadata(METHOD_METADATA, handler) === RequestMethod.GET)
      .map((handler) => Reflect.getMetadata(PATH_METADATA, handler) as string),
  );
}

/** `npm ci && npm start` from the README's "Run it, test it" block, as separate commands. */
function readmeRunCommands(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /## Run it, test it[\s\S]*?```bash\n([^\n]*)\n/.exec(readme)?.[1] ?? '';
  return block.replace(/#.*$/, '').split('&&').map((command) => command.trim());
}

describe('deploy/', () => {
  it('holds YAML and JSON files that all parse', () => {
    expect([...parsed.keys()]).toEqual(expect.arrayContaining(['compose.yaml', 'k8s/deployment.yaml', 'k8s/hpa.yaml', 'k8s/pdb.yaml', 'k8s/configmap.yaml']));
    const emptyOrScalar = [...parsed].filter(([, documents]) => documents.length === 0 || documents.some((document) => typeof document !== 'object' || document === null));
    expect(emptyOrScalar.map(([file]) => file)).toEqual([]);
  });

  describe('Kubernetes', () => {
    const deployment = manifests.find((manifest) => manifest.kind === 'Deployment')!;
    const podSpec = (deployment.spec!.template as { spec: { containers: Container[] } }).spec;
    const api = podSpec.containers[0];

    it('probes liveness and readiness on the paths the app serves, on the port it listens on', () => {
      const served = servedGetPaths();
      expect(served).toEqual(expect.arrayContaining([HEALTH_LIVE_PATH, HEALTH_READY_PATH]));
      expect(api.livenessProbe?.httpGet.path).toBe(HEALTH_LIVE_PATH);
      expect(api.startupProbe?.httpGet.path).toBe(HEALTH_LIVE_PATH);
      expect(api.readinessProbe?.httpGet.path).toBe(HEALTH_READY_PATH);
      const configMap = manifests.find((manifest) => manifest.kind === 'ConfigMap') as { data: Record<string, string> };
      const httpPort = api.ports.find((port) => port.name === api.readinessProbe?.httpGet.port);
      expect(String(httpPort?.containerPort)).toBe(configMap.data.PORT);
    });

    it('sets resources, a disruption budget and an autoscaler for the API, and reads the connection string from a Secret', () => {
      expect(api).toMatchObject({ resources: { requests: { cpu: expect.any(String), memory: expect.any(String) }, limits: { memory: expect.any(String) } } });
      const target = { name: deployment.metadata!.name };
      expect(manifests.find((manifest) => manifest.kind === 'PodDisruptionBudget')?.spec).toMatchObject({ minAvailable: 1 });
      expect(manifests.find((manifest) => manifest.kind === 'HorizontalPodAutoscaler')?.spec).toMatchObject({ scaleTargetRef: { kind: 'Deployment', ...target }, minReplicas: 2 });
      const secret = manifests.find((manifest) => manifest.kind === 'Secret') as { metadata: { name: string }; stringData: Record<string, string> };
      expect(Object.keys(secret.stringData)).toEqual(['EVENTSTORE_CONNECTION_STRING']);
      expect(api).toMatchObject({ envFrom: expect.arrayContaining([{ secretRef: { name: secret.metadata.name } }]) });
    });
  });

  describe('docker compose', () => {
    const compose = parsed.get('compose.yaml')![0] as { services: Record<string, { image?: string; build?: unknown; environment?: Record<string, string>; volumes?: string[]; healthcheck?: { test: string[] } }> };
    const services = Object.entries(compose.services);
    const esdbNodes = services.filter(([, service]) => service.image?.startsWith('eventstore/eventstore:'));

    it('pins every image to a version', () => {
      for (const [name, service] of services) {
        expect({ name, image: service.image }).toEqual({ name, image: expect.stringMatching(/^[\w./-]+:(?!latest$)[\w.-]+$/) });
      }
    });

    it('runs a three-node EventStoreDB cluster that gossips, each node on its own persistent volume', () => {
      expect(esdbNodes).toHaveLength(3);
      for (const [, node] of esdbNodes) {
        expect(node.environment).toMatchObject({ EVENTSTORE_CLUSTER_SIZE: '3', EVENTSTORE_GOSSIP_SEED: expect.stringMatching(/^[\d.]+:2113,[\d.]+:2113$/) });
        expect(node.volumes).toEqual(expect.arrayContaining([expect.stringMatching(/^esdb-node\d-data:\/var\/lib\/eventstore$/)]));
      }
      expect(new Set(esdbNodes.map(([, node]) => node.volumes?.join()))).toHaveProperty('size', 3);
    });

    it('runs two API replicas on the cluster behind a proxy that sends to both, checked on the readiness path', () => {
      const apis = services.filter(([, service]) => service.build !== undefined);
      expect(apis.map(([name]) => name)).toEqual(['ledger-api-1', 'ledger-api-2']);
      for (const [, api] of apis) {
        expect(api.environment).toMatchObject({ LEDGER_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: expect.stringMatching(/^esdb:\/\/.+tls=true/) });
        expect(api.healthcheck?.test.join(' ')).toContain(HEALTH_READY_PATH);
      }
      const nginx = read('nginx/nginx.conf');
      for (const [name] of apis) expect(nginx).toContain(`server ${name}:3000`);
    });
  });

  describe('Dockerfile', () => {
    const dockerfile = read('Dockerfile');
    const instructions = dockerfile.split('\n').filter((line) => /^[A-Z]+ /.test(line));

    it("installs and starts the service with the README's own commands", () => {
      const [install, start] = readmeRunCommands();
      expect([install, start]).toEqual(['npm ci', 'npm start']);
      expect(instructions).toContain(`RUN ${install}`);
      const cmd = instructions.filter((line) => line.startsWith('CMD ')).at(-1)!;
      expect((JSON.parse(cmd.slice(4)) as string[]).join(' ')).toBe(start);
    });

    it('builds in stages and checks its health on the liveness path the app serves', () => {
      expect(instructions.filter((line) => line.startsWith('FROM '))).toHaveLength(2);
      expect(dockerfile).toMatch(new RegExp(`HEALTHCHECK[\\s\\S]*127\\.0\\.0\\.1:3000${HEALTH_LIVE_PATH}`));
    });
  });
});
