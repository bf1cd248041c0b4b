import type { Meta, StoryObj } from '@storybook/web-components-vite';
import * as Timer from '../ot-session-timer.stories.js';
import { inPhone } from './phone.js';

/**
 * States of `<ot-session-timer>` on a 390 px phone: running, paused, over time (counted and calm) and the
 * child view. Reviewed in screenshots at 1280 and 390 px in every theme (`npm run screenshots`).
 */
const meta: Meta = {
  ...(Timer.default as Meta),
  title: 'States/Session timer',
  tags: ['!autodocs'],
  decorators: [inPhone],
};
export default meta;
type Story = StoryObj;

export const PhoneRunning: Story = { ...(Timer.Running as Story), name: 'Phone, running' };
export const PhonePaused: Story = { ...(Timer.Paused as Story), name: 'Phone, paused' };
/** Over time, counted (the default): the time counts up in the text colour inside a full ring in a calm colour. */
export const PhoneOverTime: Story = { ...(Timer.Overrun as Story), name: 'Phone, over time' };
export const PhoneCalmOverTime: Story = { ...(Timer.CalmOverTime as Story), name: 'Phone, over time, calm' };
export const PhoneChildView: Story = { ...(Timer.ChildView as Story), name: 'Phone, child view' };
export const PhoneEnded: Story = { ...(Timer.Ended as Story), name: 'Phone, ended (review)' };
