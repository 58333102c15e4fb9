export function Loading({ label }: { label: string }) {
  return (
    <p role="status" className="py-16 text-center text-stone-600 dark:text-stone-400">
      {label}
    </p>
  )
}
