import { describeContract } from './cases';
import { httpFixture } from './transport';

describeContract('HTTP', httpFixture);
