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

type Manifest = { kind?: string; metadata?: { name?: string }; spec?: Record<string, unknown> } & Record<
  string,
  unknown
>;
type Probe = { httpGet: { path: string; port: string | number } };
type Container = { name: string; ports: { name: string; containerPort: number }[] } & Partial<
  Record<'startupProbe' | 'livenessProbe' | 'readinessProbe', Probe>
>;

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );

const yamlFiles = filesUnder(DEPLOY).filter((file) => /\.(ya?ml|json)$/.test(file));
const parsed = new Map(
  yamlFiles.map((file) => [relative(DEPLOY, file), loadAll(readFileSync(file, 'utf8')) as Manifest[]]),
);
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

const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  engines: { node: string };
};

/** Memory quantities as Kubernetes writes them (Mi, Gi), in MiB. */
const mebibytes = (quantity: string) =>
  Number.parseFloat(quantity) * ({ Mi: 1, Gi: 1024 }[quantity.replace(/^[\d.]+/, '')] ?? Number.NaN);

/**
 * The vendor publishes `<major>.<minor>.<patch>-bookworm-slim` EventStoreDB images from 23.10.2 on (its
 * build workflows); a tag outside that naming, or an earlier 23.10, does not exist.
 */
function isPublishedEventStoreTag(tag: string): boolean {
  const match = /^(\d+)\.(\d+)\.(\d+)-bookworm-slim$/.exec(tag);
  if (!match) return false;
  const [major, minor, patch] = match.slice(1).map(Number);
  return major > 23 || (major === 23 && (minor > 10 || (minor === 10 && patch >= 2)));
}

describe('deploy/', () => {
  it('holds YAML and JSON files that all parse', () => {
    expect([...parsed.keys()]).toEqual(
      expect.arrayContaining([
        'compose.yaml',
        'k8s/deployment.yaml',
        'k8s/hpa.yaml',
        'k8s/pdb.yaml',
        'k8s/configmap.yaml',
      ]),
    );
    const emptyOrScalar = [...parsed].filter(
      ([, documents]) =>
        documents.length === 0 || documents.some((document) => typeof document !== 'object' || document === null),
    );
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

    it('sets resources above the measured 806 MB peak, a disruption budget and an autoscaler for the API, and reads the connection string from a Secret', () => {
      expect(api).toMatchObject({
        resources: {
          requests: { cpu: expect.any(String), memory: expect.any(String) },
          limits: { memory: expect.any(String) },
        },
      });
      expect(
        mebibytes((api as unknown as { resources: { limits: { memory: string } } }).resources.limits.memory),
      ).toBeGreaterThanOrEqual(1024);
      const target = { name: deployment.metadata!.name };
      expect(manifests.find((manifest) => manifest.kind === 'PodDisruptionBudget')?.spec).toMatchObject({
        minAvailable: 1,
      });
      expect(manifests.find((manifest) => manifest.kind === 'HorizontalPodAutoscaler')?.spec).toMatchObject({
        scaleTargetRef: { kind: 'Deployment', ...target },
        minReplicas: 2,
      });
      const secret = manifests.find((manifest) => manifest.kind === 'Secret') as {
        metadata: { name: string };
        stringData: Record<string, string>;
      };
      expect(Object.keys(secret.stringData)).toEqual(['EVENTSTORE_CONNECTION_STRING']);
      expect(api).toMatchObject({ envFrom: expect.arrayContaining([{ secretRef: { name: secret.metadata.name } }]) });
    });

    it('creates its namespace, and pulls the image from a registry', () => {
      const kustomization = parsed.get('k8s/kustomization.yaml')![0] as {
        namespace: string;
        resources: string[];
        images: { name: string }[];
      };
      const namespaces = manifests
        .filter((manifest) => manifest.kind === 'Namespace')
        .map((manifest) => manifest.metadata?.name);
      expect(namespaces).toContain(kustomization.namespace);
      expect(kustomization.resources).toContain('namespace.yaml');
      const image = (api as unknown as { image: string }).image;
      expect(image).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?\/[\w./-]+$/);
      expect(kustomization.images.map((entry) => entry.name)).toContain(image);
    });

    it("shares the signing key and evidence secret through a Secret, and mounts the CA named by the connection string's tlsCAFile", () => {
      const secrets = manifests.filter((manifest) => manifest.kind === 'Secret') as unknown as {
        metadata: { name: string };
        stringData: Record<string, string>;
      }[];
      const keys = secrets.find((secret) => 'LEDGER_SIGNING_KEY' in secret.stringData);
      expect(Object.keys(keys?.stringData ?? {}).sort()).toEqual(['LEDGER_EVIDENCE_SECRET', 'LEDGER_SIGNING_KEY']);
      expect(api).toMatchObject({ envFrom: expect.arrayContaining([{ secretRef: { name: keys!.metadata.name } }]) });
      const caFile = /tlsCAFile=([^&]+)/.exec(secrets[0].stringData.EVENTSTORE_CONNECTION_STRING)?.[1] ?? '';
      expect(caFile).not.toBe('');
      const mounts = (api as unknown as { volumeMounts: { name: string; mountPath: string }[] }).volumeMounts;
      expect(mounts.map((mount) => mount.mountPath)).toContain(caFile.slice(0, caFile.lastIndexOf('/')));
    });
  });

  describe('docker compose', () => {
    const compose = parsed.get('compose.yaml')![0] as {
      services: Record<
        string,
        {
          image?: string;
          build?: unknown;
          user?: string;
          command?: string;
          environment?: Record<string, string>;
          volumes?: string[];
          healthcheck?: { test: string[] };
        }
      >;
    };
    const services = Object.entries(compose.services);
    const esdbNodes = services.filter(([, service]) => service.image?.startsWith('eventstore/eventstore:'));

    it('pins every image to a version', () => {
      for (const [name, service] of services) {
        expect({ name, image: service.image }).toEqual({
          name,
          image: expect.stringMatching(/^[\w./-]+:(?!latest$)[\w.-]+$/),
        });
      }
    });

    it('uses EventStoreDB image tags the vendor publishes', () => {
      for (const [name, node] of esdbNodes)
        expect({ name, published: isPublishedEventStoreTag(node.image!.split(':')[1]) }).toEqual({
          name,
          published: true,
        });
    });

    it('checks each node on the address it listens on, and gives it the admin password the API connects with', () => {
      for (const [, node] of esdbNodes) {
        expect(node.environment?.EVENTSTORE_NODE_IP).toMatch(/^[\d.]+$/);
        const check = node.healthcheck!.test.join(' ');
        expect(check).toContain('https://$${EVENTSTORE_NODE_IP}:2113/health/live');
        expect(check).not.toMatch(/localhost|127\.0\.0\.1/);
        expect(node.environment?.EVENTSTORE_DEFAULT_ADMIN_PASSWORD).toMatch(/^\$\{ESDB_ADMIN_PASSWORD\b/);
      }
      const api = compose.services['ledger-api-1'];
      expect(api.environment?.EVENTSTORE_CONNECTION_STRING).toMatch(/^esdb:\/\/admin:\$\{ESDB_ADMIN_PASSWORD\b/);
    });

    it('generates the certificates as root on the fresh volume and hands them to the uid the nodes run as', () => {
      const generator = compose.services.certificates;
      expect(generator.user).toBe('0:0');
      expect(generator.command).toMatch(/chown -R 1000:1000 \/certs"?\s*$/);
    });

    it('runs a three-node EventStoreDB cluster that gossips, each node on its own persistent volume', () => {
      expect(esdbNodes).toHaveLength(3);
      for (const [, node] of esdbNodes) {
        expect(node.environment).toMatchObject({
          EVENTSTORE_CLUSTER_SIZE: '3',
          EVENTSTORE_GOSSIP_SEED: expect.stringMatching(/^[\d.]+:2113,[\d.]+:2113$/),
        });
        expect(node.volumes).toEqual(
          expect.arrayContaining([expect.stringMatching(/^esdb-node\d-data:\/var\/lib\/eventstore$/)]),
        );
      }
      expect(new Set(esdbNodes.map(([, node]) => node.volumes?.join()))).toHaveProperty('size', 3);
    });

    it('runs two API replicas on the cluster behind a proxy that sends to both, checked on the readiness path', () => {
      const apis = services.filter(([, service]) => service.build !== undefined);
      expect(apis.map(([name]) => name)).toEqual(['ledger-api-1', 'ledger-api-2']);
      for (const [, api] of apis) {
        expect(api.environment).toMatchObject({
          LEDGER_STORE: 'eventstoredb',
          EVENTSTORE_CONNECTION_STRING: expect.stringMatching(/^esdb:\/\/.+tls=true/),
        });
        expect(api.healthcheck?.test.join(' ')).toContain(HEALTH_READY_PATH);
      }
      const nginx = read('nginx/nginx.conf');
      for (const [name] of apis) expect(nginx).toContain(`server ${name}:3000`);
      // nginx passes no POST (every GraphQL request) to another replica unless told to (a mutation must not run
      // twice), and the config must not claim it does.
      expect(nginx).not.toMatch(/proxy_next_upstream[^;]*non_idempotent/);
      expect(nginx).not.toMatch(/^\s*#.*[Qq]ueries are retried/m);
    });

    it('gives both API replicas the same data folder, signing key and evidence secret, so keys are shared and survive restarts', () => {
      const apis = services.filter(([, service]) => service.build !== undefined).map(([, api]) => api);
      const dataVolumes = apis.map((api) => api.volumes?.find((volume) => volume.endsWith(':/data')));
      expect(dataVolumes[0]).toMatch(/^[\w-]+:\/data$/);
      expect(new Set(dataVolumes).size).toBe(1);
      expect(Object.keys((compose as unknown as { volumes: object }).volumes)).toContain(dataVolumes[0]!.split(':')[0]);
      for (const api of apis) {
        expect(api.environment).toMatchObject({
          LEDGER_SIGNING_KEY: expect.stringMatching(/^\$\{LEDGER_SIGNING_KEY:\?/),
          LEDGER_EVIDENCE_SECRET: expect.stringMatching(/^\$\{LEDGER_EVIDENCE_SECRET:\?/),
        });
      }
    });
  });

  describe('Dockerfile', () => {
    const dockerfile = read('Dockerfile');
    const instructions = dockerfile.split('\n').filter((line) => /^[A-Z]+ /.test(line));

    it('installs with npm ci, compiles with npm run build, and runs node on the compiled code under tini, without npm', () => {
      expect(instructions).toEqual(expect.arrayContaining(['RUN npm ci', 'RUN npm run build']));
      const exec = (keyword: string) =>
        JSON.parse(
          instructions
            .filter((line) => line.startsWith(`${keyword} `))
            .at(-1)!
            .slice(keyword.length + 1),
        ) as string[];
      expect(exec('ENTRYPOINT')).toEqual(['/usr/bin/tini', '--']);
      expect(exec('CMD').join(' ')).toBe(packageJson.scripts['start:prod']);
      expect(exec('CMD')[0]).toBe('node');
    });

    it('runs on a Node line in support (22 or 24 LTS) that package.json engines allow', () => {
      const bases = instructions
        .filter((line) => line.startsWith('FROM '))
        .map((line) => /^FROM node:(\d+)\.\d+\.\d+-bookworm-slim /.exec(line)?.[1]);
      expect(bases.length).toBeGreaterThan(0);
      for (const major of bases) expect(['22', '24']).toContain(major);
      expect(packageJson.engines.node).toContain(`^${bases[0]}.`);
    });

    it('builds in stages and checks its health on the liveness path the app serves', () => {
      expect(instructions.filter((line) => line.startsWith('FROM '))).toHaveLength(2);
      expect(dockerfile).toMatch(new RegExp(`HEALTHCHECK[\\s\\S]*127\\.0\\.0\\.1:3000${HEALTH_LIVE_PATH}`));
    });
  });
});
