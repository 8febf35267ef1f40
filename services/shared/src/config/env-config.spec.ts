import { int, list, oneOf, readConfig, str } from './env-config';

const spec = {
  authority: oneOf('BEX_AUTHORITY', ['LA', 'VN', 'CN'] as const),
  port: int('BEX_API_PORT', 8080, 0, 65535),
  brokers: list('BEX_KAFKA_BROKERS', ['127.0.0.1:9092']),
  mongo: str('BEX_MONGO_URL'),
};

describe('readConfig', () => {
  it('parses values and applies defaults', () => {
    expect(readConfig(spec, { BEX_AUTHORITY: 'VN', BEX_MONGO_URL: 'mongodb://x' })).toEqual({
      authority: 'VN',
      port: 8080,
      brokers: ['127.0.0.1:9092'],
      mongo: 'mongodb://x',
    });
  });

  it('names every bad variable at once', () => {
    expect(() => readConfig(spec, { BEX_AUTHORITY: 'XX', BEX_API_PORT: '70000' })).toThrow(
      /BEX_AUTHORITY: must be one of LA, VN, CN \(got "XX"\)[\s\S]*BEX_API_PORT: must be an integer from 0 to 65535[\s\S]*BEX_MONGO_URL: required/,
    );
  });
});
