import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useControllableState } from '../src/hooks/useControllableState';

describe('useControllableState', () => {
  describe('given no value (uncontrolled)', () => {
    it('starts at defaultValue, keeps what is set and reports it', () => {
      const onChange = vi.fn();
      const { result } = renderHook(() => useControllableState({ defaultValue: false, onChange }));
      expect(result.current[0]).toBe(false);
      act(() => result.current[1](true));
      expect(result.current[0]).toBe(true);
      expect(onChange).toHaveBeenCalledExactlyOnceWith(true);
    });
  });

  describe('given a value (controlled)', () => {
    it('shows the host value and only asks for changes', () => {
      const onChange = vi.fn();
      const { result } = renderHook(() => useControllableState({ value: false, defaultValue: true, onChange }));
      expect(result.current[0]).toBe(false);
      act(() => result.current[1](true));
      expect(result.current[0]).toBe(false);
      expect(onChange).toHaveBeenCalledExactlyOnceWith(true);
    });

    it('does not report a change to the value it already has', () => {
      const onChange = vi.fn();
      const { result } = renderHook(() => useControllableState({ value: true, defaultValue: false, onChange }));
      act(() => result.current[1](true));
      expect(onChange).not.toHaveBeenCalled();
    });
  });

  describe('given a component that flips from uncontrolled to controlled', () => {
    it('warns once in development, naming the component', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { rerender } = renderHook(
        ({ value }: { value?: boolean }) =>
          useControllableState({ value, defaultValue: false, name: 'ChangePlanDialog `open`' }),
        { initialProps: {} },
      );
      rerender({ value: true });
      expect(warn).toHaveBeenCalledExactlyOnceWith(
        'ChangePlanDialog `open` is changing from uncontrolled to controlled. Decide between a controlled and an uncontrolled value for the lifetime of the component.',
      );
      warn.mockRestore();
    });
  });
});
