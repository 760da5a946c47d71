import { describeContract } from './cases';
import { inProcessFixture } from './transport';

describeContract('in-process dispatch', async () => inProcessFixture());
