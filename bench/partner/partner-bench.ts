import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { bareJetStream } from './bare-jetstream';
import { Components } from './infra';
import { partnerPipeline } from './partner-pipeline';
import { printFigures } from './stats';

/**
 * Events per second from the outbox relay to webhook receipt, and end-to-end latency at a fixed
 * rate, beside a bare JetStream publish → consume on the same NATS in the same run.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '300' },
      rate: { type: 'string', default: '2' },
      seconds: { type: 'string', default: '30' },
      dossiers: { type: 'string', default: '100' },
      // `direct` alone measures the partner service without the outbox relay in front of it.
      paths: { type: 'string', default: 'direct,outbox' },
    },
  });
  const options = {
    count: Number(values.events),
    rate: Number(values.rate),
    seconds: Number(values.seconds),
    lanes: Number(values.dossiers),
    paths: values.paths.split(',').map((p) => p.trim()),
  };
  process.stdout.write(
    `partner bench: ${options.count} events burst, then ${options.rate}/s for ${options.seconds} s, over ${options.lanes} dossiers\n`,
  );
  const components = Components.start(process.env['MONGO_URL']);
  process.stdout.write(`nats ${components.natsUrl}, mongo ${components.mongoUrl}\n`);
  try {
    const bare = await bareJetStream(components.natsUrl, options.count, options.rate, options.seconds);
    const pipeline = await partnerPipeline(components, options);
    process.stdout.write(`database: ${await components.databaseKind()}\n`);
    printFigures([bare, ...pipeline], options.rate);
  } finally {
    components.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
