/** Header names shared by HTTP and NATS. Lower-case: HTTP normalises them, NATS keeps them as sent. */
export const HEADERS = {
  correlationId: 'x-correlation-id',
  /** JSON of a Principal; only ever set by the gateway or a service, never taken from a client. */
  principal: 'x-certhub-principal',
  /** JetStream de-duplication key: the CloudEvent id. */
  natsMsgId: 'Nats-Msg-Id',
  ceType: 'ce-type',
  /**
   * A client's key for one command (IETF draft "The Idempotency-Key HTTP Header Field"): the
   * gateway passes it on, the service that runs the command answers a repeat with the first answer.
   */
  idempotencyKey: 'idempotency-key',
} as const;
