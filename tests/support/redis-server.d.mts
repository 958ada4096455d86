export const REDIS_SERVER: string;

export interface RedisServer {
  url: string;
  port: number;
  /** Stop it (SIGTERM), as an outage would. */
  stop(): Promise<void>;
  /** Start it again on the same port, empty. */
  start(): Promise<void>;
}

export function startRedis(): Promise<RedisServer>;
