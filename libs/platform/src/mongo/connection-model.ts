import type { Connection, Model, Schema } from 'mongoose';

/**
 * The model of that name on a connection, compiled on first use: the platform's own collections (no
 * service's MongooseModule.forFeature declares them) get their model where they are injected, and
 * a second provider on the same connection reuses it (mongoose refuses to compile a name twice).
 */
export function connectionModel<T>(connection: Connection, name: string, schema: Schema<T>): Model<T> {
  return (connection.models[name] as Model<T> | undefined) ?? connection.model<T>(name, schema);
}
